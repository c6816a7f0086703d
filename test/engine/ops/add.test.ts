import { describe, expect, test } from 'vitest';
import { Tensor, maxRelativeError, ops } from '../../../src/engine/index';
import { expectFanOutDoubles, gradOfSum, randomTensor } from './helpers';

describe('add', () => {
  test('add(a, b) adds elementwise', () => {
    const y = ops.add(Tensor.from([[1, 2], [3, 4]]), Tensor.from([[10, 20], [30, 40]]));
    expect(y.toArray()).toEqual([[11, 22], [33, 44]]);
  });

  test('add(a, scalar) broadcasts a [1, 1] operand and sums its gradient', () => {
    const a = Tensor.from([[1, 2, 3]]);
    expect(ops.add(a, Tensor.scalar(0.5)).toArray()).toEqual([[1.5, 2.5, 3.5]]);
    expect(ops.add(Tensor.scalar(0.5), a).toArray()).toEqual([[1.5, 2.5, 3.5]]);
    // d/ds Σ(a + s) = 3, one for each position s filled.
    expect(gradOfSum((s) => ops.add(a, s), Tensor.scalar(0.5))).toEqual([3]);
  });

  test('add(a, b) backward agrees with central differences for both sides and a broadcast scalar', () => {
    const a = randomTensor([3, 4], 1);
    const b = randomTensor([3, 4], 2);
    expect(maxRelativeError((t) => ops.add(t, b), a)).toBeLessThan(1e-6);
    expect(maxRelativeError((t) => ops.add(a, t), b)).toBeLessThan(1e-6);
    expect(maxRelativeError((t) => ops.add(a, t), Tensor.scalar(0.3))).toBeLessThan(1e-6);
  });

  test('add(x, x) doubles the gradient (fan-out)', () => {
    expect(gradOfSum((t) => ops.add(t, t), Tensor.from([[1, -2]]))).toEqual([2, 2]);
    expectFanOutDoubles((t) => ops.add(t, Tensor.from([[3, 4]])), Tensor.from([[1, -2]]));
  });

  test('add(a, b) throws when shapes differ and neither is [1, 1]', () => {
    expect(() => ops.add(Tensor.zeros([2, 3]), Tensor.zeros([3, 2]))).toThrowErrorMatchingInlineSnapshot(`[EngineError: add: a is [2, 3] and b is [3, 2]; shapes must be equal, or one side must be [1, 1]]`);
  });
});
