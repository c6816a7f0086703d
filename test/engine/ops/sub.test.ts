import { describe, expect, test } from 'vitest';
import { Tensor, maxRelativeError, ops } from '../../../src/engine/index';
import { expectFanOutDoubles, gradOfSum, randomTensor } from './helpers';

describe('sub', () => {
  test('sub(a, b) subtracts elementwise and sends −dy to b', () => {
    expect(ops.sub(Tensor.from([[5, 1]]), Tensor.from([[2, 4]])).toArray()).toEqual([[3, -3]]);
    expect(gradOfSum((t) => ops.sub(Tensor.from([[5, 1]]), t), Tensor.from([[2, 4]]))).toEqual([-1, -1]);
    expect(gradOfSum((s) => ops.sub(Tensor.from([[5, 1]]), s), Tensor.scalar(1))).toEqual([-2]);
  });

  test('sub(a, b) backward agrees with central differences, including a broadcast scalar', () => {
    const a = randomTensor([4, 2], 3);
    const b = randomTensor([4, 2], 4);
    expect(maxRelativeError((t) => ops.sub(t, b), a)).toBeLessThan(1e-6);
    expect(maxRelativeError((t) => ops.sub(a, t), b)).toBeLessThan(1e-6);
    expect(maxRelativeError((t) => ops.sub(t, a), Tensor.scalar(-0.7))).toBeLessThan(1e-6);
  });

  test('sub(x, c) used twice doubles the gradient (fan-out)', () => {
    expectFanOutDoubles((t) => ops.sub(t, Tensor.from([[1, 1]])), Tensor.from([[0.5, 2]]));
  });

  test('sub(a, b) throws when shapes differ and neither is [1, 1]', () => {
    expect(() => ops.sub(Tensor.zeros([1, 2]), Tensor.zeros([1, 3]))).toThrowErrorMatchingInlineSnapshot(`[EngineError: sub: a is [1, 2] and b is [1, 3]; shapes must be equal, or one side must be [1, 1]]`);
  });
});
