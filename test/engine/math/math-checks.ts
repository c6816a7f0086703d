/**
 * Shared checks for the deterministic functions of src/engine/math: seeded
 * inputs over the whole float64 range, the distance in ulps between two
 * results, and a hash of the exact output bits (to pin the algorithm).
 */
import { createRng, type Rng } from '../../../src/engine/index';

/** Draws one input; several per function so that every range gets its share. */
export type Draw = (rng: Rng) => number;

const bits = new Float64Array(1);
const words = new BigInt64Array(bits.buffer);
const halves = new Uint32Array(bits.buffer);

/** A float64 with 64 random bits: every sign, exponent (subnormals, ±∞, NaN) and mantissa. */
export const anyDouble: Draw = (rng) => {
  halves[0] = rng.nextUint32();
  halves[1] = rng.nextUint32();
  return bits[0];
};

/** Uniform on [low, high). */
export const between =
  (low: number, high: number): Draw =>
  (rng) =>
    rng.uniformRange(low, high);

/** A positive subnormal: 0 < x < 2⁻¹⁰²². */
export const subnormal: Draw = (rng) => rng.uniform() * 2.2250738585072014e-308;

/** The float64s as integers in order, so that adjacent floats differ by 1 (−0 and +0 coincide). */
function orderedBits(x: number): bigint {
  bits[0] = x;
  const word = words[0];
  return word < 0n ? -(word & 0x7fffffffffffffffn) : word;
}

/** How many floats apart a and b are; 0 when both are NaN. */
export function ulpDistance(a: number, b: number): number {
  if (a !== a && b !== b) return 0;
  if (a !== a || b !== b) return Infinity;
  const d = orderedBits(a) - orderedBits(b);
  return Number(d < 0n ? -d : d);
}

/** `count` inputs from each draw, from one seeded stream. */
export function seededInputs(draws: readonly Draw[], count: number, seed = 2024): number[] {
  const rng = createRng(seed);
  return draws.flatMap((draw) => Array.from({ length: count }, () => draw(rng)));
}

/** The largest ulp distance between f and reference over the inputs, with the worst input. */
export function worstUlps(
  f: (x: number) => number,
  reference: (x: number) => number,
  inputs: readonly number[],
): { ulps: number; at: number } {
  let worst = { ulps: 0, at: NaN };
  for (const x of inputs) {
    const ulps = ulpDistance(f(x), reference(x));
    if (ulps > worst.ulps) worst = { ulps, at: x };
  }
  return worst;
}

/** Inputs whose result must match `Math` exactly, sign of zero and NaN included. */
export const SPECIAL_INPUTS: readonly number[] = [
  0, -0, Infinity, -Infinity, NaN, 1, -1, 2, -2, 0.5, -0.5,
  Number.MIN_VALUE, -Number.MIN_VALUE, 2.2250738585072014e-308, -2.2250738585072014e-308,
  Number.MAX_VALUE, -Number.MAX_VALUE, Number.EPSILON, 1e-300, -1e-300, 1e300, -1e300,
];

/** Inputs from SPECIAL_INPUTS where f and reference differ (by Object.is). */
export function specialMismatches(f: (x: number) => number, reference: (x: number) => number): string[] {
  return SPECIAL_INPUTS.filter((x) => !Object.is(f(x), reference(x))).map((x) => `${x}: ${f(x)} vs ${reference(x)}`);
}

/** FNV-1a over the 32-bit words of every output: changes whenever any output bit does. */
export function outputHash(f: (x: number) => number, inputs: readonly number[]): string {
  let hash = 0x811c9dc5;
  for (const x of inputs) {
    const y = f(x);
    // NaN payloads are not part of the promise: hash every NaN alike.
    bits[0] = y === y ? y : NaN;
    for (const half of [halves[0], halves[1]]) {
      hash = Math.imul(hash ^ half, 0x01000193) >>> 0;
    }
  }
  return hash.toString(16).padStart(8, '0');
}
