import { describe, expect, test } from 'vitest';
import { Tensor, accumulate, ops, track } from '../../src/engine/index';

describe('track and accumulate', () => {
  test('track(y, op, inputs, backward) records nothing when no input needs a gradient', () => {
    const x = Tensor.from([[1, 2]]);
    const y = ops.tanh(x);
    expect(y.node).toBeNull();
    expect(y.requiresGrad).toBe(false);
  });

  test('track(y, op, inputs, backward) records the op and its inputs for parameters', () => {
    const x = Tensor.from([[1, 2]]).asParameter();
    const c = Tensor.from([[3, 4]]);
    const y = ops.mul(x, c);
    expect(y.requiresGrad).toBe(true);
    expect(y.node?.op).toBe('mul');
    expect(y.node?.inputs).toEqual([x, c]);
    const z = track(Tensor.scalar(0), 'custom', [y], () => undefined);
    expect(z.node?.op).toBe('custom');
  });

  test('accumulate(x, dx) adds into grad instead of overwriting it', () => {
    const x = Tensor.from([[1, 2]]).asParameter();
    accumulate(x, Tensor.from([[0.5, 1]]));
    accumulate(x, Tensor.from([[0.25, -3]]));
    expect(Array.from(x.grad ?? [])).toEqual([0.75, -2]);
  });

  test('accumulate(x, dx) skips tensors that need no gradient', () => {
    const x = Tensor.from([[1, 2]]);
    accumulate(x, Tensor.from([[0.5, 1]]));
    expect(x.grad).toBeNull();
  });

  test('accumulate(x, dx) throws when the gradient shape differs', () => {
    const x = Tensor.from([[1, 2]]).asParameter();
    expect(() => accumulate(x, Tensor.from([[1], [2]]))).toThrowErrorMatchingInlineSnapshot(`[EngineError: accumulate: gradient is [2, 1] but the tensor is [1, 2]; shapes must be equal]`);
  });
});
