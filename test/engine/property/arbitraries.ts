/**
 * fast-check generators shared by the engine's property tests: hostile numbers (±0, NaN, ±∞,
 * subnormals, the largest and smallest doubles), tensors filled with them or with numbers from
 * a stated range, and values of any type for the arguments that are not tensors.
 */
import fc from 'fast-check';
import { Tensor } from '../../../src/engine/index';

/** The numbers float64 code most often gets wrong, each drawn often. */
export const SPECIAL_NUMBERS = [
  0,
  -0,
  Number.NaN,
  Infinity,
  -Infinity,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  -Number.MIN_VALUE,
  2.2250738585072014e-308, // the smallest normal double
  1e-310, // subnormal
  1e308,
  -1e308,
  709.79, // just past exp's overflow
  -745.2, // just past exp's underflow to 0
  1e154, // its square overflows
  1,
  -1,
] as const;

/** Any double, with the special ones above drawn about half the time. */
export const hostileNumber: fc.Arbitrary<number> = fc.oneof(fc.constantFrom(...SPECIAL_NUMBERS), fc.double());

/** A finite double within [min, max] (the ends, ±0 and subnormals included). */
export function finiteIn(min: number, max: number): fc.Arbitrary<number> {
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

/** A finite double with min ≤ |x| ≤ max, of either sign. */
export function magnitudeIn(min: number, max: number): fc.Arbitrary<number> {
  return fc.tuple(finiteIn(min, max), fc.boolean()).map(([x, isNegative]) => (isNegative ? -x : x));
}

/** A valid tensor shape [rows, cols] with each side from 1 to `max`. */
export function shapeArb(max = 4): fc.Arbitrary<[number, number]> {
  return fc.tuple(fc.integer({ min: 1, max }), fc.integer({ min: 1, max }));
}

/** A tensor of `shape` with elements drawn from `element`. */
export function tensorOf(shape: readonly [number, number], element: fc.Arbitrary<number>): fc.Arbitrary<Tensor> {
  return fc
    .array(element, { minLength: shape[0] * shape[1], maxLength: shape[0] * shape[1] })
    .map((values) => Tensor.fromArray(shape, values));
}

/** A tensor of a random shape (sides 1 to `max`) with elements drawn from `element`. */
export function tensorArb(element: fc.Arbitrary<number>, max = 4): fc.Arbitrary<Tensor> {
  return shapeArb(max).chain((shape) => tensorOf(shape, element));
}

/** Two tensors of one random shape. */
export function tensorPair(first: fc.Arbitrary<number>, second: fc.Arbitrary<number> = first, max = 4): fc.Arbitrary<[Tensor, Tensor]> {
  return shapeArb(max).chain((shape) => fc.tuple(tensorOf(shape, first), tensorOf(shape, second)));
}

/** A value of any type, the kind an untyped caller (a message, a link, JSON) could pass. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileNumber,
  fc.anything({ withBigInt: true, withDate: true, withNullPrototype: true, withSparseArray: true, withTypedArray: true, withBoxedValues: true, withMap: true, withSet: true }),
  fc.constant(Object.create(null)),
  fc.constant(new Date(Number.NaN)),
  fc.constant(Symbol('hostile')),
  fc.constant(10n),
);

/** A shape that is anything but a valid [rows, cols]: empty, one-sided, 3-D, zero, negative, fractional, NaN. */
export const oddShape: fc.Arbitrary<readonly number[]> = fc.oneof(
  fc.array(fc.oneof(fc.integer({ min: -3, max: 5 }), hostileNumber), { maxLength: 4 }),
  fc.constantFrom([], [0, 3], [3, 0], [0, 0], [-1, 2], [1.5, 2], [Number.NaN, 1], [Infinity, 1], [2], [1, 2, 3]),
);

/** True when every element of every tensor is finite. */
export function isFiniteTensor(t: Tensor): boolean {
  return t.data.every(Number.isFinite);
}
