import { describe, expect, test } from 'vitest';
import { Tensor, maxRelativeError, ops } from '../../../src/engine/index';
import { expectFanOutDoubles, gradOfSum, randomTensor } from './helpers';

const x = Tensor.from([[1, 2, 3], [4, 5, 6]]);

describe('sum', () => {
  test('sum(x) adds everything into [1, 1]', () => {
    expect(ops.sum(x).toArray()).toEqual([[21]]);
  });

  test('sum(x, 0) adds down the columns and sum(x, 1) along the rows', () => {
    expect(ops.sum(x, 0).toArray()).toEqual([[5, 7, 9]]);
    expect(ops.sum(x, 1).toArray()).toEqual([[6], [15]]);
  });

  test('sum(x, axis) sends each total\'s gradient to every element that fed it', () => {
    expect(gradOfSum((t) => ops.sum(t), x)).toEqual([1, 1, 1, 1, 1, 1]);
    // Weight column totals by 1, 2, 3 through mul: each element receives its column's weight.
    const weights = Tensor.from([[1, 2, 3]]);
    expect(gradOfSum((t) => ops.mul(ops.sum(t, 0), weights), x)).toEqual([1, 2, 3, 1, 2, 3]);
    expect(gradOfSum((t) => ops.mul(ops.sum(t, 1), Tensor.from([[1], [2]])), x)).toEqual([1, 1, 1, 2, 2, 2]);
  });

  test('sum(x, axis) backward agrees with central differences for every axis', () => {
    const r = randomTensor([4, 3], 11);
    expect(maxRelativeError((t) => ops.sum(t), r)).toBeLessThan(1e-6);
    expect(maxRelativeError((t) => ops.sum(t, 0), r)).toBeLessThan(1e-6);
    expect(maxRelativeError((t) => ops.sum(t, 1), r)).toBeLessThan(1e-6);
  });

  test('sum(x, 0) used twice doubles the gradient (fan-out)', () => {
    expectFanOutDoubles((t) => ops.sum(t, 0), randomTensor([2, 3], 12));
  });

  test('sum(x, axis) throws for an axis other than 0, 1 or none', () => {
    expect(() => ops.sum(x, 2 as 0)).toThrowErrorMatchingInlineSnapshot(`[EngineError: sum: axis must be 0 (down columns), 1 (along rows) or omitted, got 2]`);
  });
});
