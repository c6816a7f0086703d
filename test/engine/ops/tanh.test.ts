import { describe, expect, test } from 'vitest';
import { Tensor, maxRelativeError, ops } from '../../../src/engine/index';
import { expectFanOutDoubles, gradOfSum, randomTensor, rounded } from './helpers';

describe('tanh', () => {
  test('tanh(x) matches values and slopes worked by hand', () => {
    const x = Tensor.from([[0, 1, -0.5]]);
    expect(rounded(ops.tanh(x))).toEqual([0, 0.761594, -0.462117]);
    expect(rounded(gradOfSum(ops.tanh, x))).toEqual([1, 0.419974, 0.786448]);
  });

  test('tanh(x) backward agrees with central differences away from 0', () => {
    expect(maxRelativeError(ops.tanh, randomTensor([4, 3], 35, true))).toBeLessThan(1e-6);
  });

  test('tanh(x) used twice doubles the gradient (fan-out)', () => {
    expectFanOutDoubles(ops.tanh, randomTensor([2, 3], 35 + 1, true));
  });
});
