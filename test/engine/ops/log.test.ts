import { describe, expect, test } from 'vitest';
import { Tensor, maxRelativeError, ops } from '../../../src/engine/index';
import { expectFanOutDoubles, gradOfSum, randomTensor } from './helpers';

describe('log', () => {
  test('log(x) is ln x with slope 1/x', () => {
    const x = Tensor.from([[1, Math.E, 4]]);
    expect(ops.log(x).toArray()).toEqual([[0, 1, Math.log(4)]]);
    expect(gradOfSum(ops.log, x)).toEqual([1, 1 / Math.E, 0.25]);
  });

  test('log(x) outside its domain x > 0 gives −Infinity at 0 and NaN below', () => {
    const y = ops.log(Tensor.from([[0, -1]]));
    expect(y.get(0, 0)).toBe(-Infinity);
    expect(y.get(0, 1)).toBeNaN();
  });

  test('log(x) backward agrees with central differences for x > 0', () => {
    const x = randomTensor([3, 4], 21).map((v) => Math.abs(v) + 0.2);
    expect(maxRelativeError(ops.log, x)).toBeLessThan(1e-6);
  });

  test('log(x) used twice doubles the gradient (fan-out)', () => {
    expectFanOutDoubles(ops.log, Tensor.from([[0.5, 3]]));
  });
});
