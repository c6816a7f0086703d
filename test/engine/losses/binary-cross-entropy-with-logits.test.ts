import { describe, expect, test } from 'vitest';
import {
  Tensor,
  binaryCrossEntropy,
  binaryCrossEntropyWithLogits,
  createRng,
  maxRelativeError,
  ops,
} from '../../../src/engine/index';
import { expectFanOutDoubles, gradOfSum, plus, rounded } from './helpers';

describe('binaryCrossEntropyWithLogits', () => {
  test('binaryCrossEntropyWithLogits(z, t) matches values worked by hand', () => {
    const z = Tensor.from([[0, 2, -3]]);
    const t = Tensor.from([[1, 1, 0]]);
    // ln 2 = 0.6931472; −2 + ln(1 + e⁻²) = 0.1269280; ln(1 + e⁻³) = 0.0485874. Sum 0.8686626.
    expect(rounded([binaryCrossEntropyWithLogits(z, t, { reduction: 'sum' }).item()])).toEqual([0.868663]);
    expect(rounded([binaryCrossEntropyWithLogits(z, t).item()])).toEqual([0.289554]);
    // Slope σ(z) − t: −0.5, 0.880797 − 1, 0.047426.
    expect(rounded(gradOfSum((x) => binaryCrossEntropyWithLogits(x, t, { reduction: 'sum' }), z))).toEqual([
      -0.5, -0.119203, 0.047426,
    ]);
  });

  test('binaryCrossEntropyWithLogits(z, t) equals binaryCrossEntropy(sigmoid(z), t) for moderate z', () => {
    const z = Tensor.randn([3, 4], createRng(9), 0, 2);
    const t = Tensor.randn([3, 4], createRng(10)).map((v) => (v > 0 ? 1 : 0));
    const direct = binaryCrossEntropy(ops.sigmoid(z), t).item();
    expect(binaryCrossEntropyWithLogits(z, t).item()).toBeCloseTo(direct, 12);
  });

  test('binaryCrossEntropyWithLogits(z, t) stays exact for huge logits', () => {
    const z = Tensor.from([[800, -800, 800]]);
    const t = Tensor.from([[1, 0, 0]]);
    expect(Array.from([binaryCrossEntropyWithLogits(z, t, { reduction: 'sum' }).item()])).toEqual([800]);
  });

  test('binaryCrossEntropyWithLogits(z, t) backward agrees with central differences', () => {
    const z = Tensor.randn([4, 3], createRng(11), 0, 3);
    const t = Tensor.randn([4, 3], createRng(12)).map((v) => (v > 0 ? 1 : 0));
    expect(maxRelativeError((x) => binaryCrossEntropyWithLogits(x, t), z)).toBeLessThan(1e-6);
    expect(maxRelativeError((x) => binaryCrossEntropyWithLogits(x, t, { reduction: 'sum' }), z)).toBeLessThan(1e-6);
  });

  test('binaryCrossEntropyWithLogits(z, t) twice on the same logits doubles the gradient (fan-out)', () => {
    const t = Tensor.from([[1, 0]]);
    expectFanOutDoubles(
      (x) => plus(binaryCrossEntropyWithLogits(x, t), binaryCrossEntropyWithLogits(x, t)),
      Tensor.from([[0.3, -1.6]]),
    );
  });

  test('binaryCrossEntropyWithLogits(z, t) throws when shapes differ', () => {
    expect(() => binaryCrossEntropyWithLogits(Tensor.zeros([2, 1]), Tensor.zeros([3, 1]))).toThrowErrorMatchingInlineSnapshot(`[EngineError: binaryCrossEntropyWithLogits: predictions is [2, 1] and targets is [3, 1]; shapes must be equal]`);
  });
});
