import { describe, expect, test } from 'vitest';
import { Tensor, maxRelativeError, ops } from '../../../src/engine/index';
import { expectFanOutDoubles, gradOfSum, randomTensor, rounded } from './helpers';

describe('softplus', () => {
  test('softplus(x) matches values and slopes worked by hand', () => {
    const x = Tensor.from([[0, 1, -2]]);
    expect(rounded(ops.softplus(x))).toEqual([0.693147, 1.313262, 0.126928]);
    expect(rounded(gradOfSum(ops.softplus, x))).toEqual([0.5, 0.731059, 0.119203]);
  });

  test('softplus(x) backward agrees with central differences away from 0', () => {
    expect(maxRelativeError(ops.softplus, randomTensor([4, 3], 36, true))).toBeLessThan(1e-6);
  });

  test('softplus(x) used twice doubles the gradient (fan-out)', () => {
    expectFanOutDoubles(ops.softplus, randomTensor([2, 3], 36 + 1, true));
  });
});
