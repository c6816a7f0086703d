import { describe, expect, test } from 'vitest';
import { Tensor, createRng, maxRelativeError, mseLoss } from '../../../src/engine/index';
import { expectFanOutDoubles, gradOfSum, plus } from './helpers';

const p = Tensor.from([[1, 2], [3, 4]]);
const t = Tensor.from([[0, 2], [5, 1]]);

describe('mseLoss', () => {
  test('mseLoss(p, t) averages squared residuals, worked by hand', () => {
    // Residuals 1, 0, −2, 3: squares 1, 0, 4, 9; sum 14, mean 3.5.
    expect(mseLoss(p, t).item()).toBe(3.5);
    expect(mseLoss(p, t, { reduction: 'sum' }).item()).toBe(14);
    // Slope 2r/N = r/2.
    expect(gradOfSum((x) => mseLoss(x, t), p)).toEqual([0.5, 0, -1, 1.5]);
  });

  test('mseLoss(p, t) backward agrees with central differences for both reductions', () => {
    const x = Tensor.randn([5, 3], createRng(1));
    const y = Tensor.randn([5, 3], createRng(2));
    expect(maxRelativeError((q) => mseLoss(q, y), x)).toBeLessThan(1e-6);
    expect(maxRelativeError((q) => mseLoss(q, y, { reduction: 'sum' }), x)).toBeLessThan(1e-6);
  });

  test('mseLoss(p, t) twice on the same predictions doubles the gradient (fan-out)', () => {
    expectFanOutDoubles((x) => plus(mseLoss(x, t), mseLoss(x, t)), p);
  });

  test('mseLoss(p, t) throws when shapes differ', () => {
    expect(() => mseLoss(Tensor.zeros([4, 1]), Tensor.zeros([1, 4]))).toThrowErrorMatchingInlineSnapshot(`[EngineError: mseLoss: predictions is [4, 1] and targets is [1, 4]; shapes must be equal]`);
  });

  test('mseLoss(p, t, options) throws for an unknown reduction', () => {
    expect(() => mseLoss(p, t, { reduction: 'average' as 'mean' })).toThrowErrorMatchingInlineSnapshot(`[EngineError: mseLoss: reduction: expected 'mean' or 'sum', got "average"]`);
  });
});
