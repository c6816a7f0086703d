import { describe, expect, test } from 'vitest';
import { Tensor, maxRelativeError, ops } from '../../../src/engine/index';
import { expectFanOutDoubles, gradOfSum, randomTensor } from './helpers';

describe('neg', () => {
  test('neg(x) flips the sign, slope −1', () => {
    expect(ops.neg(Tensor.from([[1, -2]])).toArray()).toEqual([[-1, 2]]);
    expect(gradOfSum(ops.neg, Tensor.from([[1, -2]]))).toEqual([-1, -1]);
  });

  test('neg(x) backward agrees with central differences', () => {
    expect(maxRelativeError(ops.neg, randomTensor([2, 5], 22))).toBeLessThan(1e-6);
  });

  test('neg(x) used twice doubles the gradient (fan-out)', () => {
    expectFanOutDoubles(ops.neg, randomTensor([2, 2], 23));
  });
});
