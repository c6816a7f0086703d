import { describe, expect, test } from 'vitest';
import { Tensor, maxRelativeError, ops } from '../../../src/engine/index';
import { expectFanOutDoubles, gradOfSum, randomTensor, rounded } from './helpers';

describe('relu', () => {
  test('relu(x) matches values and slopes worked by hand', () => {
    const x = Tensor.from([[-1.5, 0.5, 2]]);
    expect(rounded(ops.relu(x))).toEqual([0, 0.5, 2]);
    expect(rounded(gradOfSum(ops.relu, x))).toEqual([0, 1, 1]);
  });

  test('relu(x) backward agrees with central differences away from 0', () => {
    expect(maxRelativeError(ops.relu, randomTensor([4, 3], 32, true))).toBeLessThan(1e-6);
  });

  test('relu(x) used twice doubles the gradient (fan-out)', () => {
    expectFanOutDoubles(ops.relu, randomTensor([2, 3], 32 + 1, true));
  });
});
