import { describe, expect, test } from 'vitest';
import { Tensor, maxRelativeError, ops } from '../../../src/engine/index';
import { expectFanOutDoubles, gradOfSum, randomTensor, rounded } from './helpers';

describe('sigmoid', () => {
  test('sigmoid(x) matches values and slopes worked by hand', () => {
    const x = Tensor.from([[0, 2, -1]]);
    expect(rounded(ops.sigmoid(x))).toEqual([0.5, 0.880797, 0.268941]);
    expect(rounded(gradOfSum(ops.sigmoid, x))).toEqual([0.25, 0.104994, 0.196612]);
  });

  test('sigmoid(x) backward agrees with central differences away from 0', () => {
    expect(maxRelativeError(ops.sigmoid, randomTensor([4, 3], 34, true))).toBeLessThan(1e-6);
  });

  test('sigmoid(x) used twice doubles the gradient (fan-out)', () => {
    expectFanOutDoubles(ops.sigmoid, randomTensor([2, 3], 34 + 1, true));
  });
});
