import { describe, expect, test } from 'vitest';
import { Tensor, maxRelativeError, ops } from '../../../src/engine/index';
import { expectFanOutDoubles, gradOfSum, randomTensor, rounded } from './helpers';

describe('identity', () => {
  test('identity(x) matches values and slopes worked by hand', () => {
    const x = Tensor.from([[-1.5, 0, 2]]);
    expect(rounded(ops.identity(x))).toEqual([-1.5, 0, 2]);
    expect(rounded(gradOfSum(ops.identity, x))).toEqual([1, 1, 1]);
  });

  test('identity(x) backward agrees with central differences away from 0', () => {
    expect(maxRelativeError(ops.identity, randomTensor([4, 3], 31, true))).toBeLessThan(1e-6);
  });

  test('identity(x) used twice doubles the gradient (fan-out)', () => {
    expectFanOutDoubles(ops.identity, randomTensor([2, 3], 31 + 1, true));
  });
});
