import { describe, expect, test } from 'vitest';
import { Tensor, l1Loss, maxRelativeError } from '../../../src/engine/index';
import { awayFrom, expectFanOutDoubles, gradOfSum, plus, uniformTensor } from './helpers';

describe('l1Loss', () => {
  test('l1Loss(p, t) averages absolute residuals, worked by hand', () => {
    const p = Tensor.from([[1, 2], [3, 4]]);
    const t = Tensor.from([[0, 2], [5, 1]]);
    // |r| = 1, 0, 2, 3: sum 6, mean 1.5; slope sign(r)/4, with 0 at r = 0.
    expect(l1Loss(p, t).item()).toBe(1.5);
    expect(l1Loss(p, t, { reduction: 'sum' }).item()).toBe(6);
    expect(gradOfSum((x) => l1Loss(x, t), p)).toEqual([0.25, 0, -0.25, 0.25]);
  });

  test('l1Loss(p, t) backward agrees with central differences away from r = 0', () => {
    const t = uniformTensor([4, 3], 3, -1, 1);
    const p = awayFrom(uniformTensor([4, 3], 4, -1, 1), t, [0], 0.05);
    expect(maxRelativeError((x) => l1Loss(x, t), p)).toBeLessThan(1e-6);
    expect(maxRelativeError((x) => l1Loss(x, t, { reduction: 'sum' }), p)).toBeLessThan(1e-6);
  });

  test('l1Loss(p, t) twice on the same predictions doubles the gradient (fan-out)', () => {
    const t = Tensor.from([[0, 1]]);
    expectFanOutDoubles((x) => plus(l1Loss(x, t), l1Loss(x, t)), Tensor.from([[0.5, -1]]));
  });

  test('l1Loss(p, t) throws when shapes differ', () => {
    expect(() => l1Loss(Tensor.zeros([2, 2]), Tensor.zeros([2, 1]))).toThrowErrorMatchingInlineSnapshot(`[EngineError: l1Loss: predictions is [2, 2] and targets is [2, 1]; shapes must be equal]`);
  });
});
