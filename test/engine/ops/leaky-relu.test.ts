import { describe, expect, test } from 'vitest';
import { Tensor, maxRelativeError, ops } from '../../../src/engine/index';
import { expectFanOutDoubles, gradOfSum, randomTensor, rounded } from './helpers';

describe('leakyRelu', () => {
  test('leakyRelu(x) matches values and slopes worked by hand', () => {
    const x = Tensor.from([[-2, 0.5, 3]]);
    expect(rounded(ops.leakyRelu(x))).toEqual([-0.02, 0.5, 3]);
    expect(rounded(gradOfSum(ops.leakyRelu, x))).toEqual([0.01, 1, 1]);
  });

  test('leakyRelu(x) backward agrees with central differences away from 0', () => {
    expect(maxRelativeError(ops.leakyRelu, randomTensor([4, 3], 33, true))).toBeLessThan(1e-6);
  });

  test('leakyRelu(x) used twice doubles the gradient (fan-out)', () => {
    expectFanOutDoubles(ops.leakyRelu, randomTensor([2, 3], 33 + 1, true));
  });
});
