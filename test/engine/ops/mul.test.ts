import { describe, expect, test } from 'vitest';
import { Tensor, maxRelativeError, ops } from '../../../src/engine/index';
import { expectFanOutDoubles, gradOfSum, randomTensor } from './helpers';

describe('mul', () => {
  test('mul(a, b) multiplies elementwise; d/da = b', () => {
    const a = Tensor.from([[2, -3]]);
    const b = Tensor.from([[4, 5]]);
    expect(ops.mul(a, b).toArray()).toEqual([[8, -15]]);
    expect(gradOfSum((t) => ops.mul(t, b), a)).toEqual([4, 5]);
  });

  test('mul(x, x) has gradient 2x (fan-out into one op)', () => {
    expect(gradOfSum((t) => ops.mul(t, t), Tensor.from([[3, -0.5]]))).toEqual([6, -1]);
  });

  test('mul(a, scalar) scales by the scalar, whose gradient is Σ a', () => {
    const a = Tensor.from([[1, 2, 3]]);
    expect(ops.mul(a, Tensor.scalar(2)).toArray()).toEqual([[2, 4, 6]]);
    expect(gradOfSum((s) => ops.mul(a, s), Tensor.scalar(2))).toEqual([6]);
  });

  test('mul(a, b) backward agrees with central differences, including a broadcast scalar', () => {
    const a = randomTensor([3, 3], 5);
    const b = randomTensor([3, 3], 6);
    expect(maxRelativeError((t) => ops.mul(t, b), a)).toBeLessThan(1e-6);
    expect(maxRelativeError((t) => ops.mul(a, t), b)).toBeLessThan(1e-6);
    expect(maxRelativeError((t) => ops.mul(t, a), Tensor.scalar(1.3))).toBeLessThan(1e-6);
    expect(maxRelativeError((t) => ops.mul(t, t), a)).toBeLessThan(1e-6);
  });

  test('mul(x, c) used twice doubles the gradient (fan-out)', () => {
    expectFanOutDoubles((t) => ops.mul(t, Tensor.from([[3, 4]])), Tensor.from([[1, -2]]));
  });

  test('mul(a, b) throws when shapes differ and neither is [1, 1]', () => {
    expect(() => ops.mul(Tensor.zeros([2, 2]), Tensor.zeros([1, 2]))).toThrowErrorMatchingInlineSnapshot(`[EngineError: mul: a is [2, 2] and b is [1, 2]; shapes must be equal, or one side must be [1, 1]]`);
  });
});
