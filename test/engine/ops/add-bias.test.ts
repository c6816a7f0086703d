import { describe, expect, test } from 'vitest';
import { Tensor, maxRelativeError, ops } from '../../../src/engine/index';
import { expectFanOutDoubles, gradOfSum, randomTensor } from './helpers';

describe('addBias', () => {
  test('addBias(x, b) adds the bias row to every row', () => {
    const y = ops.addBias(Tensor.from([[1, 2], [3, 4], [5, 6]]), Tensor.from([[10, 20]]));
    expect(y.toArray()).toEqual([[11, 22], [13, 24], [15, 26]]);
  });

  test('addBias(x, b) sums dy down the rows for db', () => {
    // Three rows, so each bias receives 3 when dy is all ones.
    expect(gradOfSum((b) => ops.addBias(Tensor.zeros([3, 2]), b), Tensor.from([[10, 20]]))).toEqual([3, 3]);
  });

  test('addBias(x, b) backward agrees with central differences for x and b', () => {
    const x = randomTensor([5, 3], 15);
    const b = randomTensor([1, 3], 16);
    expect(maxRelativeError((t) => ops.addBias(t, b), x)).toBeLessThan(1e-6);
    expect(maxRelativeError((t) => ops.addBias(x, t), b)).toBeLessThan(1e-6);
  });

  test('addBias(x, b) with the same b in two layers doubles db (fan-out)', () => {
    expectFanOutDoubles((b) => ops.addBias(Tensor.from([[1, 2], [3, 4]]), b), Tensor.from([[0.5, -0.5]]));
  });

  test('addBias(x, b) throws when b is not one row matching the columns of x', () => {
    expect(() => ops.addBias(Tensor.zeros([4, 3]), Tensor.zeros([1, 2]))).toThrowErrorMatchingInlineSnapshot(`[EngineError: addBias: x is [4, 3] and b is [1, 2]; b must be [1, 3], one bias per column of x]`);
    expect(() => ops.addBias(Tensor.zeros([4, 3]), Tensor.zeros([4, 3]))).toThrowErrorMatchingInlineSnapshot(`[EngineError: addBias: x is [4, 3] and b is [4, 3]; b must be [1, 3], one bias per column of x]`);
  });
});
