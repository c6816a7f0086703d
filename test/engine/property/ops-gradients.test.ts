/**
 * Property tests: at random finite points of random shapes, every op's and loss's backward
 * pass agrees with central differences (the engine's maxRelativeError) to 1e-6. Points stay
 * where the op is smooth: away from the kinks of relu and the losses, inside log's domain,
 * and in ranges where float64 rounding leaves the differences readable.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Tensor, maxRelativeError, ops } from '../../../src/engine/index';
import { finiteIn, magnitudeIn, shapeArb, tensorArb, tensorOf, tensorPair } from './arbitraries';
import { BINARY_OPS, LOSSES, UNARY_OPS } from './op-catalog';

const RUNS = { numRuns: 50 };
const TOLERANCE = 1e-6;

const moderate = finiteIn(-3, 3);
/** |x| from 0.05 to 3: clear of the kink at 0 by far more than the checker's step (1e-6). */
const awayFromZero = magnitudeIn(0.05, 3);
const positive = finiteIn(0.1, 5);

/** The points each op is checked at; step has no gradient and is left out. */
const UNARY_POINTS: Readonly<Record<string, fc.Arbitrary<number>>> = {
  exp: moderate,
  log: positive,
  neg: moderate,
  identity: moderate,
  relu: awayFromZero,
  leakyRelu: awayFromZero,
  sigmoid: finiteIn(-8, 8),
  tanh: moderate,
  softplus: finiteIn(-8, 8),
  gelu: moderate,
  'activate(gelu)': moderate,
  softmax: finiteIn(-5, 5),
  'pow(x, 2)': moderate,
  'pow(x, 0.5)': positive,
  'pow(x, -1)': magnitudeIn(0.2, 3),
  sum: moderate,
  'sum(x, 0)': moderate,
  'sum(x, 1)': moderate,
  mean: moderate,
  'mean(x, 0)': moderate,
  'mean(x, 1)': moderate,
};

/** Predictions and targets for each loss, with the residual kept off each kink. */
const LOSS_POINTS: Readonly<Record<string, fc.Arbitrary<[Tensor, Tensor]>>> = {
  mseLoss: tensorPair(moderate),
  'mseLoss(sum)': tensorPair(moderate),
  // Targets are predictions shifted by a residual clear of 0 (and of ±δ for Huber).
  l1Loss: residualPair(magnitudeIn(0.05, 3)),
  huberLoss: residualPair(fc.oneof(magnitudeIn(0.05, 0.95), magnitudeIn(1.05, 3))),
  'huberLoss(δ = 0.5)': residualPair(fc.oneof(magnitudeIn(0.05, 0.45), magnitudeIn(0.55, 3))),
  binaryCrossEntropy: tensorPair(finiteIn(0.05, 0.95), finiteIn(0, 1)),
  binaryCrossEntropyWithLogits: tensorPair(finiteIn(-6, 6), finiteIn(0, 1)),
  // Margins t·s clear of the kink at 1.
  hingeLoss: shapeArb().chain((shape) =>
    fc.tuple(tensorOf(shape, fc.oneof(finiteIn(-3, 0.95), finiteIn(1.05, 3))), tensorOf(shape, fc.constantFrom(-1, 1))).map(([margins, t]) => [margins.zip(t, (m, sign) => m * sign), t] as [Tensor, Tensor]),
  ),
  softmaxCrossEntropy: tensorPair(finiteIn(-5, 5), finiteIn(0, 1)),
};

/** Predictions p and targets p − r, with each residual r drawn from `residual`. */
function residualPair(residual: fc.Arbitrary<number>): fc.Arbitrary<[Tensor, Tensor]> {
  return shapeArb().chain((shape) =>
    fc.tuple(tensorOf(shape, moderate), tensorOf(shape, residual)).map(([p, r]) => [p, p.zip(r, (a, b) => a - b)] as [Tensor, Tensor]),
  );
}

describe('gradients at random points agree with central differences', () => {
  test.each(Object.keys(UNARY_POINTS))('%s(x)', (name) => {
    const { call } = UNARY_OPS[name];
    fc.assert(
      fc.property(tensorArb(UNARY_POINTS[name], 3), (x) => {
        expect(maxRelativeError(call, x)).toBeLessThan(TOLERANCE);
      }),
      RUNS,
    );
  });

  test.each(Object.keys(BINARY_OPS))('%s(a, b) with respect to a and to b, a [1, 1] side broadcast or not', (name) => {
    const op = BINARY_OPS[name];
    const divisor = name === 'div' ? magnitudeIn(0.5, 3) : moderate;
    const operands = fc.oneof(
      tensorPair(moderate, divisor, 3),
      fc.tuple(tensorArb(moderate, 3), tensorOf([1, 1], divisor)),
      fc.tuple(tensorOf([1, 1], moderate), tensorArb(divisor, 3)),
    );
    fc.assert(
      fc.property(operands, ([a, b]) => {
        expect(maxRelativeError((t) => op(t, b), a)).toBeLessThan(TOLERANCE);
        expect(maxRelativeError((t) => op(a, t), b)).toBeLessThan(TOLERANCE);
      }),
      RUNS,
    );
  });

  test('matmul(a, b) and addBias(x, b) with respect to each input', () => {
    const sides = fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }));
    const operands = sides.chain(([n, k, m]) => fc.tuple(tensorOf([n, k], moderate), tensorOf([k, m], moderate), tensorOf([1, k], moderate)));
    fc.assert(
      fc.property(operands, ([a, b, bias]) => {
        expect(maxRelativeError((t) => ops.matmul(t, b), a)).toBeLessThan(TOLERANCE);
        expect(maxRelativeError((t) => ops.matmul(a, t), b)).toBeLessThan(TOLERANCE);
        expect(maxRelativeError((t) => ops.addBias(t, bias), a)).toBeLessThan(TOLERANCE);
        expect(maxRelativeError((t) => ops.addBias(a, t), bias)).toBeLessThan(TOLERANCE);
      }),
      RUNS,
    );
  });

  test.each(Object.keys(LOSS_POINTS))('%s(p, t) with respect to the predictions', (name) => {
    const loss = LOSSES[name];
    fc.assert(
      fc.property(LOSS_POINTS[name], ([p, t]) => {
        expect(maxRelativeError((x) => loss(x, t), p)).toBeLessThan(TOLERANCE);
      }),
      RUNS,
    );
  });
});
