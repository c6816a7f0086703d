import { describe, expect, test } from 'vitest';
import { Tensor, maxRelativeError, ops } from '../../../src/engine/index';
import { expectFanOutDoubles, randomTensor, rounded } from './helpers';

describe('softmax', () => {
  test('softmax(x) normalizes each row, worked by hand', () => {
    // Row [0, ln 2, ln 3] → [1, 2, 3] / 6.
    const y = ops.softmax(Tensor.from([[0, Math.log(2), Math.log(3)], [5, 5, 5]]));
    expect(rounded(y, 12)).toEqual(rounded([1 / 6, 2 / 6, 3 / 6, 1 / 3, 1 / 3, 1 / 3], 12));
  });

  test('softmax(x) stays finite for logits far above exp\'s overflow point', () => {
    const y = ops.softmax(Tensor.from([[1000, 1000 + Math.log(3)]]));
    expect(rounded(y, 12)).toEqual([0.25, 0.75]);
  });

  test('softmax(x) backward agrees with central differences', () => {
    expect(maxRelativeError(ops.softmax, randomTensor([4, 5], 41))).toBeLessThan(1e-6);
    expect(maxRelativeError(ops.softmax, randomTensor([1, 2], 42))).toBeLessThan(1e-6);
  });

  test('softmax(x) used twice doubles the gradient (fan-out)', () => {
    expectFanOutDoubles(ops.softmax, randomTensor([2, 3], 43));
  });
});
