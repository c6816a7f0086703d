import { describe, expect, test } from 'vitest';
import { Tensor, maxRelativeError, ops } from '../../../src/engine/index';
import { expectFanOutDoubles, gradOfSum, randomTensor } from './helpers';

describe('div', () => {
  test('div(a, b) divides elementwise; d/db = −a/b²', () => {
    const a = Tensor.from([[6, 1]]);
    const b = Tensor.from([[3, 4]]);
    expect(ops.div(a, b).toArray()).toEqual([[2, 0.25]]);
    expect(gradOfSum((t) => ops.div(t, b), a)).toEqual([1 / 3, 0.25]);
    expect(gradOfSum((t) => ops.div(a, t), b)).toEqual([-6 / 9, -1 / 16]);
  });

  test('div(a, scalar) divides every element by the scalar', () => {
    expect(ops.div(Tensor.from([[2, 4]]), Tensor.scalar(2)).toArray()).toEqual([[1, 2]]);
    // d/ds Σ a/s = −Σ a / s² = −6/4.
    expect(gradOfSum((s) => ops.div(Tensor.from([[2, 4]]), s), Tensor.scalar(2))).toEqual([-1.5]);
  });

  test('div(a, b) backward agrees with central differences, including a broadcast scalar', () => {
    const a = randomTensor([3, 4], 7);
    const b = randomTensor([3, 4], 8).map((v) => Math.abs(v) + 0.5);
    expect(maxRelativeError((t) => ops.div(t, b), a)).toBeLessThan(1e-6);
    expect(maxRelativeError((t) => ops.div(a, t), b)).toBeLessThan(1e-6);
    expect(maxRelativeError((t) => ops.div(a, t), Tensor.scalar(1.7))).toBeLessThan(1e-6);
    expect(maxRelativeError((t) => ops.div(t, b), Tensor.scalar(-0.4))).toBeLessThan(1e-6);
  });

  test('div(c, x) used twice doubles the gradient (fan-out)', () => {
    expectFanOutDoubles((t) => ops.div(Tensor.from([[1, 2]]), t), Tensor.from([[0.5, -2]]));
  });

  test('div(a, b) throws when shapes differ and neither is [1, 1]', () => {
    expect(() => ops.div(Tensor.zeros([3, 1]), Tensor.zeros([1, 3]))).toThrowErrorMatchingInlineSnapshot(`[EngineError: div: a is [3, 1] and b is [1, 3]; shapes must be equal, or one side must be [1, 1]]`);
  });
});
