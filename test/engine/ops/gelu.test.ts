import { describe, expect, test } from 'vitest';
import { Tensor, maxRelativeError, ops } from '../../../src/engine/index';
import { expectFanOutDoubles, gradOfSum, randomTensor, rounded } from './helpers';

describe('gelu', () => {
  test('gelu(x) matches values and slopes worked by hand', () => {
    const x = Tensor.from([[0, 1, -1]]);
    expect(rounded(ops.gelu(x))).toEqual([0, 0.841192, -0.158808]);
    expect(rounded(gradOfSum(ops.gelu, x))).toEqual([0.5, 1.082964, -0.082964]);
  });

  test('gelu(x) backward agrees with central differences away from 0', () => {
    expect(maxRelativeError(ops.gelu, randomTensor([4, 3], 37, true))).toBeLessThan(1e-6);
  });

  test('gelu(x) used twice doubles the gradient (fan-out)', () => {
    expectFanOutDoubles(ops.gelu, randomTensor([2, 3], 37 + 1, true));
  });
});
