/**
 * Property tests: inside the range each op documents, finite numbers in give finite numbers
 * out, forward and backward — no NaN slips through where the op promises a number. Outside it
 * the op gives the result its doc comment names (log of a negative is NaN, exp past 709.78
 * is Infinity), never an exception.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Tensor, backward, ops } from '../../../src/engine/index';
import { finiteIn, isFiniteTensor, magnitudeIn, tensorArb, tensorOf, tensorPair } from './arbitraries';
import { BINARY_OPS, LOSSES, UNARY_OPS } from './op-catalog';

const RUNS = { numRuns: 100 };
const ANY_FINITE = finiteIn(-Number.MAX_VALUE, Number.MAX_VALUE);

/** Where each one-input op promises finite values and a finite gradient (the gradient's range may be narrower). */
const UNARY_RANGES: Readonly<Record<string, { value: fc.Arbitrary<number>; slope?: fc.Arbitrary<number> }>> = {
  exp: { value: finiteIn(-Number.MAX_VALUE, 709) },
  // log(5e-324) is -744.4, but its slope 1/x overflows below about 5.6e-309.
  log: { value: finiteIn(Number.MIN_VALUE, Number.MAX_VALUE), slope: finiteIn(1e-300, Number.MAX_VALUE) },
  neg: { value: ANY_FINITE },
  identity: { value: ANY_FINITE },
  step: { value: ANY_FINITE },
  relu: { value: ANY_FINITE },
  leakyRelu: { value: ANY_FINITE },
  sigmoid: { value: ANY_FINITE },
  tanh: { value: ANY_FINITE },
  softplus: { value: ANY_FINITE },
  gelu: { value: ANY_FINITE },
  'activate(gelu)': { value: ANY_FINITE },
  softmax: { value: ANY_FINITE },
  'pow(x, 2)': { value: finiteIn(-1e150, 1e150) },
  'pow(x, 0.5)': { value: finiteIn(0, Number.MAX_VALUE), slope: finiteIn(1e-300, Number.MAX_VALUE) },
  'pow(x, -1)': { value: magnitudeIn(1e-300, Number.MAX_VALUE), slope: magnitudeIn(1e-150, 1e150) },
  sum: { value: finiteIn(-1e300, 1e300) },
  'sum(x, 0)': { value: finiteIn(-1e300, 1e300) },
  'sum(x, 1)': { value: finiteIn(-1e300, 1e300) },
  mean: { value: finiteIn(-1e300, 1e300) },
  'mean(x, 0)': { value: finiteIn(-1e300, 1e300) },
  'mean(x, 1)': { value: finiteIn(-1e300, 1e300) },
};

/** Where each loss promises a finite loss and gradient: predictions, then targets. */
const LOSS_RANGES: Readonly<Record<string, readonly [fc.Arbitrary<number>, fc.Arbitrary<number>]>> = {
  mseLoss: [finiteIn(-1e100, 1e100), finiteIn(-1e100, 1e100)],
  'mseLoss(sum)': [finiteIn(-1e100, 1e100), finiteIn(-1e100, 1e100)],
  l1Loss: [finiteIn(-1e300, 1e300), finiteIn(-1e300, 1e300)],
  huberLoss: [finiteIn(-1e300, 1e300), finiteIn(-1e300, 1e300)],
  'huberLoss(δ = 0.5)': [finiteIn(-1e300, 1e300), finiteIn(-1e300, 1e300)],
  // Probabilities are clamped to [1e-12, 1 − 1e-12], so any finite prediction is safe.
  binaryCrossEntropy: [ANY_FINITE, finiteIn(0, 1)],
  binaryCrossEntropyWithLogits: [finiteIn(-1e300, 1e300), finiteIn(0, 1)],
  hingeLoss: [finiteIn(-1e300, 1e300), fc.constantFrom(-1, 1)],
  softmaxCrossEntropy: [finiteIn(-1e300, 1e300), finiteIn(0, 1)],
};

/** Forward value and the gradient of its sum, both of which must be finite. */
function expectFiniteWithSlope(f: (x: Tensor) => Tensor, input: Tensor): void {
  const x = input.detach().asParameter();
  const y = f(x);
  expect(isFiniteTensor(y), `f(${Array.from(x.data)}) = ${Array.from(y.data)}`).toBe(true);
  backward(y.size === 1 ? y : ops.sum(y));
  expect(x.grad?.every(Number.isFinite), `slope at ${Array.from(x.data)}: ${x.grad}`).toBe(true);
}

describe('ops on finite numbers in their documented range', () => {
  test.each(Object.keys(UNARY_RANGES))('%s(x) is finite, and so is its gradient', (name) => {
    const { call } = UNARY_OPS[name];
    const { value, slope = value } = UNARY_RANGES[name];
    fc.assert(
      fc.property(tensorArb(value), (x) => {
        expect(isFiniteTensor(call(x))).toBe(true);
      }),
      RUNS,
    );
    // step has no backward by design (it throws instead of sending zeros).
    if (name === 'step') return;
    fc.assert(
      fc.property(tensorArb(slope), (x) => {
        expectFiniteWithSlope(call, x);
      }),
      RUNS,
    );
  });

  test('softmax(x) rows are probabilities summing to 1 for any finite x', () => {
    fc.assert(
      fc.property(tensorArb(ANY_FINITE), (x) => {
        const y = ops.softmax(x);
        expect(y.data.every((p) => p >= 0 && p <= 1)).toBe(true);
        for (const row of y.toArray()) expect(Math.abs(row.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12);
      }),
      RUNS,
    );
  });

  test('add, sub, mul and div of finite numbers in range are finite, and so are their gradients', () => {
    const ranges: Record<string, [fc.Arbitrary<number>, fc.Arbitrary<number>]> = {
      add: [finiteIn(-1e300, 1e300), finiteIn(-1e300, 1e300)],
      sub: [finiteIn(-1e300, 1e300), finiteIn(-1e300, 1e300)],
      mul: [finiteIn(-1e150, 1e150), finiteIn(-1e150, 1e150)],
      div: [finiteIn(-1e100, 1e100), magnitudeIn(1e-100, 1e100)],
    };
    for (const [name, [first, second]] of Object.entries(ranges)) {
      const op = BINARY_OPS[name];
      fc.assert(
        fc.property(tensorPair(first, second), ([a, b]) => {
          expectFiniteWithSlope((t) => op(t, b), a);
          expectFiniteWithSlope((t) => op(a, t), b);
        }),
        RUNS,
      );
    }
  });

  test('matmul(a, b) and addBias(x, b) of numbers up to 1e100 are finite, and so are their gradients', () => {
    const sides = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }));
    const element = finiteIn(-1e100, 1e100);
    const operands = sides.chain(([n, k, m]) => fc.tuple(tensorOf([n, k], element), tensorOf([k, m], element), tensorOf([1, k], element)));
    fc.assert(
      fc.property(operands, ([a, b, bias]) => {
        expectFiniteWithSlope((t) => ops.matmul(t, b), a);
        expectFiniteWithSlope((t) => ops.matmul(a, t), b);
        expectFiniteWithSlope((t) => ops.addBias(t, bias), a);
        expectFiniteWithSlope((t) => ops.addBias(a, t), bias);
      }),
      RUNS,
    );
  });

  test.each(Object.keys(LOSS_RANGES))('%s(p, t) is a finite loss with a finite gradient', (name) => {
    const [predictions, targets] = LOSS_RANGES[name];
    fc.assert(
      fc.property(tensorPair(predictions, targets), ([p, t]) => {
        expectFiniteWithSlope((x) => LOSSES[name](x, t), p);
      }),
      RUNS,
    );
  });
});

describe('ops outside their range give the documented result', () => {
  test('log is NaN below 0 and -Infinity at ±0; exp is Infinity past 709.79; pow(x, 0.5) is NaN below 0; div(0, 0) is NaN', () => {
    fc.assert(
      fc.property(magnitudeIn(Number.MIN_VALUE, Number.MAX_VALUE), (x) => {
        const negative = Tensor.scalar(-Math.abs(x));
        expect(ops.log(negative).item()).toBeNaN();
        expect(ops.pow(negative, 0.5).item()).toBeNaN();
      }),
      RUNS,
    );
    fc.assert(
      fc.property(fc.constantFrom(0, -0), finiteIn(709.79, Number.MAX_VALUE), (zero, big) => {
        expect(ops.log(Tensor.scalar(zero)).item()).toBe(-Infinity);
        expect(ops.exp(Tensor.scalar(big)).item()).toBe(Infinity);
        expect(ops.div(Tensor.scalar(zero), Tensor.scalar(zero)).item()).toBeNaN();
      }),
      RUNS,
    );
  });
});
