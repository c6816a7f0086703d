import { describe, expect, test } from 'vitest';
import { Tensor, maxRelativeError, ops } from '../../../src/engine/index';
import { expectFanOutDoubles, gradOfSum, randomTensor } from './helpers';

describe('matmul', () => {
  test('matmul(a, b) multiplies matrices, worked by hand', () => {
    const a = Tensor.from([[1, 2, 3], [4, 5, 6]]);
    const b = Tensor.from([[7, 8], [9, 10], [11, 12]]);
    // Row 1: 1·7 + 2·9 + 3·11 = 58, 1·8 + 2·10 + 3·12 = 64; row 2: 139, 154.
    expect(ops.matmul(a, b).toArray()).toEqual([[58, 64], [139, 154]]);
  });

  test('matmul(a, b) sends dy bᵀ to a and aᵀ dy to b', () => {
    const a = Tensor.from([[1, 2], [3, 4]]);
    const b = Tensor.from([[5, 6], [7, 8]]);
    // With dy all ones: da_it = Σ_j b_tj (row sums of b), db_tj = Σ_i a_it (column sums of a).
    expect(gradOfSum((t) => ops.matmul(t, b), a)).toEqual([11, 15, 11, 15]);
    expect(gradOfSum((t) => ops.matmul(a, t), b)).toEqual([4, 4, 6, 6]);
  });

  test('matmul(a, b) backward agrees with central differences on random shapes', () => {
    for (const [n, k, m, seed] of [[3, 4, 2, 1], [1, 5, 3, 2], [6, 1, 4, 3]]) {
      const a = randomTensor([n, k], seed);
      const b = randomTensor([k, m], seed + 10);
      expect(maxRelativeError((t) => ops.matmul(t, b), a)).toBeLessThan(1e-6);
      expect(maxRelativeError((t) => ops.matmul(a, t), b)).toBeLessThan(1e-6);
    }
  });

  test('matmul(x, x) for a square x sums both paths of the gradient', () => {
    expect(maxRelativeError((t) => ops.matmul(t, t), randomTensor([3, 3], 4))).toBeLessThan(1e-6);
    expectFanOutDoubles((t) => ops.matmul(t, Tensor.from([[1], [2]])), Tensor.from([[0.5, -1]]));
  });

  test('matmul(a, b) throws when inner sizes differ', () => {
    expect(() => ops.matmul(Tensor.zeros([300, 2]), Tensor.zeros([10, 5]))).toThrowErrorMatchingInlineSnapshot(`[EngineError: matmul: a is [300, 2] and b is [10, 5]; columns of a (2) must equal rows of b (10)]`);
  });
});
