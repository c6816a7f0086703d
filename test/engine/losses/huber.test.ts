import { describe, expect, test } from 'vitest';
import { Tensor, huberLoss, maxRelativeError } from '../../../src/engine/index';
import { awayFrom, expectFanOutDoubles, gradOfSum, plus, uniformTensor } from './helpers';

const p = Tensor.from([[0.5, -2, 3]]);
const t = Tensor.zeros([1, 3]);

describe('huberLoss', () => {
  test('huberLoss(p, t) is quadratic inside δ and linear outside, worked by hand', () => {
    // δ = 1: ½·0.25 = 0.125; 1·(2 − 0.5) = 1.5; 1·(3 − 0.5) = 2.5. Sum 4.125, mean 1.375.
    expect(huberLoss(p, t).item()).toBe(1.375);
    expect(huberLoss(p, t, { reduction: 'sum' }).item()).toBe(4.125);
    expect(gradOfSum((x) => huberLoss(x, t, { reduction: 'sum' }), p)).toEqual([0.5, -1, 1]);
    // δ = 2: 0.125; ½·4 = 2; 2·(3 − 1) = 4. Sum 6.125.
    expect(huberLoss(p, t, { delta: 2, reduction: 'sum' }).item()).toBe(6.125);
  });

  test('huberLoss(p, t) backward agrees with central differences away from |r| = δ', () => {
    const target = uniformTensor([4, 4], 5, -1, 1);
    const x = awayFrom(uniformTensor([4, 4], 6, -3, 3), target, [-0.7, 0.7], 0.05);
    expect(maxRelativeError((q) => huberLoss(q, target, { delta: 0.7 }), x)).toBeLessThan(1e-6);
    expect(maxRelativeError((q) => huberLoss(q, target, { reduction: 'sum' }), x)).toBeLessThan(1e-6);
  });

  test('huberLoss(p, t) twice on the same predictions doubles the gradient (fan-out)', () => {
    expectFanOutDoubles((x) => plus(huberLoss(x, t), huberLoss(x, t)), p);
  });

  test('huberLoss(p, t, { delta }) throws for δ ≤ 0', () => {
    expect(() => huberLoss(p, t, { delta: 0 })).toThrowErrorMatchingInlineSnapshot(`[EngineError: huberLoss: delta: expected a finite number > 0, got 0]`);
  });

  test('huberLoss(p, t) throws when shapes differ', () => {
    expect(() => huberLoss(p, Tensor.zeros([3, 1]))).toThrowErrorMatchingInlineSnapshot(`[EngineError: huberLoss: predictions is [1, 3] and targets is [3, 1]; shapes must be equal]`);
  });
});
