import { describe, expect, test } from 'vitest';
import { BCE_EPSILON, Tensor, binaryCrossEntropy, maxRelativeError } from '../../../src/engine/index';
import { expectFanOutDoubles, gradOfSum, plus, rounded, uniformTensor } from './helpers';

describe('binaryCrossEntropy', () => {
  test('binaryCrossEntropy(p, t) matches −ln of the probability of the right class', () => {
    const p = Tensor.from([[0.5, 0.9, 0.2]]);
    const t = Tensor.from([[1, 1, 0]]);
    // −ln 0.5 = 0.693147, −ln 0.9 = 0.105361, −ln 0.8 = 0.223144; sum 1.021651.
    expect(rounded([binaryCrossEntropy(p, t, { reduction: 'sum' }).item()])).toEqual([1.021651]);
    expect(rounded([binaryCrossEntropy(p, t).item()])).toEqual([0.34055]);
    // Slope (p − t) / (p(1 − p)): −2, −1/0.9, 1/0.8.
    expect(rounded(gradOfSum((x) => binaryCrossEntropy(x, t, { reduction: 'sum' }), p))).toEqual([-2, -1.111111, 1.25]);
  });

  test('binaryCrossEntropy(0.5 everywhere, t) is ln 2, the zero-initialization cost', () => {
    const t = Tensor.from([[1, 0, 0, 1]]);
    expect(binaryCrossEntropy(Tensor.full([1, 4], 0.5), t).item()).toBe(Math.LN2);
  });

  test('binaryCrossEntropy(p, t) clamps p to [ε, 1 − ε] so saturated outputs stay finite', () => {
    const t = Tensor.from([[1, 0]]);
    expect(BCE_EPSILON).toBe(1e-12);
    // p = 0 with target 1 costs −ln ε = 27.631021.
    expect(rounded([binaryCrossEntropy(Tensor.from([[0]]), Tensor.from([[1]])).item()])).toEqual([27.631021]);
    // p = 1 with target 0 costs −ln(1 − (1 − ε)); in float64 1 − (1 − ε) is 9.99978e-13, so 27.631043.
    expect(rounded([binaryCrossEntropy(Tensor.from([[1]]), Tensor.from([[0]])).item()])).toEqual([27.631043]);
    expect(gradOfSum((x) => binaryCrossEntropy(x, t), Tensor.from([[0, 1]]))).toEqual([0, 0]);
  });

  test('binaryCrossEntropy(p, t) backward agrees with central differences for p in (0.05, 0.95)', () => {
    const p = uniformTensor([4, 3], 7, 0.05, 0.95);
    const t = uniformTensor([4, 3], 8, 0, 1).map((v) => (v < 0.5 ? 0 : 1));
    expect(maxRelativeError((x) => binaryCrossEntropy(x, t), p)).toBeLessThan(1e-6);
    expect(maxRelativeError((x) => binaryCrossEntropy(x, t, { reduction: 'sum' }), p)).toBeLessThan(1e-6);
  });

  test('binaryCrossEntropy(p, t) twice on the same predictions doubles the gradient (fan-out)', () => {
    const t = Tensor.from([[1, 0]]);
    expectFanOutDoubles((x) => plus(binaryCrossEntropy(x, t), binaryCrossEntropy(x, t)), Tensor.from([[0.3, 0.6]]));
  });

  test('binaryCrossEntropy(p, t) throws when shapes differ', () => {
    expect(() => binaryCrossEntropy(Tensor.zeros([3, 1]), Tensor.zeros([1, 3]))).toThrowErrorMatchingInlineSnapshot(`[EngineError: binaryCrossEntropy: predictions is [3, 1] and targets is [1, 3]; shapes must be equal]`);
  });
});
