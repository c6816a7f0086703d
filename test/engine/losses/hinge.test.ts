import { describe, expect, test } from 'vitest';
import { Tensor, hingeLoss, maxRelativeError } from '../../../src/engine/index';
import { expectFanOutDoubles, gradOfSum, plus, uniformTensor } from './helpers';

describe('hingeLoss', () => {
  test('hingeLoss(s, t) is max(0, 1 − t·s), worked by hand', () => {
    const s = Tensor.from([[2, 0.5, -1, -0.25]]);
    const t = Tensor.from([[1, 1, 1, -1]]);
    // Margins 2, 0.5, −1, 0.25: losses 0, 0.5, 2, 0.75; sum 3.25, mean 0.8125.
    expect(hingeLoss(s, t, { reduction: 'sum' }).item()).toBe(3.25);
    expect(hingeLoss(s, t).item()).toBe(0.8125);
    expect(gradOfSum((x) => hingeLoss(x, t, { reduction: 'sum' }), s)).toEqual([0, -1, -1, 1]);
  });

  test('hingeLoss(s, t) backward agrees with central differences away from the margin t·s = 1', () => {
    const t = uniformTensor([4, 3], 15, -1, 1).map((v) => (v < 0 ? -1 : 1));
    const s = uniformTensor([4, 3], 16, -3, 3).map((v, i) => {
      const margin = v * t.data[i];
      return Math.abs(margin - 1) < 0.1 ? v + 0.3 * t.data[i] : v;
    });
    expect(maxRelativeError((x) => hingeLoss(x, t), s)).toBeLessThan(1e-6);
  });

  test('hingeLoss(s, t) twice on the same scores doubles the gradient (fan-out)', () => {
    const t = Tensor.from([[1, -1]]);
    expectFanOutDoubles((x) => plus(hingeLoss(x, t), hingeLoss(x, t)), Tensor.from([[0.2, 0.4]]));
  });

  test('hingeLoss(s, t) throws for 0/1 targets, showing how to map them', () => {
    expect(() => hingeLoss(Tensor.zeros([1, 2]), Tensor.from([[1, 0]]))).toThrowErrorMatchingInlineSnapshot(`[EngineError: hingeLoss: targets: expected −1 or +1 everywhere, got 0 at index 1; map 0/1 labels with t = 2·label − 1]`);
  });

  test('hingeLoss(s, t) throws when shapes differ', () => {
    expect(() => hingeLoss(Tensor.zeros([1, 2]), Tensor.zeros([2, 1]))).toThrowErrorMatchingInlineSnapshot(`[EngineError: hingeLoss: predictions is [1, 2] and targets is [2, 1]; shapes must be equal]`);
  });
});
