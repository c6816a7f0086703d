import { describe, expect, test } from 'vitest';
import { Tensor, maxRelativeError, ops } from '../../../src/engine/index';
import { expectFanOutDoubles, gradOfSum, randomTensor } from './helpers';

describe('exp', () => {
  test('exp(x) is eˣ and its own slope', () => {
    const x = Tensor.from([[0, 1, -1]]);
    expect(ops.exp(x).toArray()).toEqual([[1, Math.E, 1 / Math.E]]);
    expect(gradOfSum(ops.exp, x)).toEqual([1, Math.E, 1 / Math.E]);
  });

  test('exp(x) backward agrees with central differences', () => {
    expect(maxRelativeError(ops.exp, randomTensor([3, 4], 19))).toBeLessThan(1e-6);
  });

  test('exp(x) used twice doubles the gradient (fan-out)', () => {
    expectFanOutDoubles(ops.exp, randomTensor([2, 2], 20));
  });
});
