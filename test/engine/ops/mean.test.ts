import { describe, expect, test } from 'vitest';
import { Tensor, maxRelativeError, ops } from '../../../src/engine/index';
import { expectFanOutDoubles, gradOfSum, randomTensor } from './helpers';

const x = Tensor.from([[1, 2, 3], [4, 5, 6]]);

describe('mean', () => {
  test('mean(x) averages everything and mean(x, axis) per column or row', () => {
    expect(ops.mean(x).toArray()).toEqual([[3.5]]);
    expect(ops.mean(x, 0).toArray()).toEqual([[2.5, 3.5, 4.5]]);
    expect(ops.mean(x, 1).toArray()).toEqual([[2], [5]]);
  });

  test('mean(x, axis) gives each element 1/count of its average\'s gradient', () => {
    expect(gradOfSum((t) => ops.mean(t), x)).toEqual(new Array(6).fill(1 / 6));
    expect(gradOfSum((t) => ops.mean(t, 0), x)).toEqual(new Array(6).fill(0.5));
    expect(gradOfSum((t) => ops.mean(t, 1), x)).toEqual(new Array(6).fill(1 / 3));
  });

  test('mean(x, axis) backward agrees with central differences for every axis', () => {
    const r = randomTensor([3, 5], 13);
    expect(maxRelativeError((t) => ops.mean(t), r)).toBeLessThan(1e-6);
    expect(maxRelativeError((t) => ops.mean(t, 0), r)).toBeLessThan(1e-6);
    expect(maxRelativeError((t) => ops.mean(t, 1), r)).toBeLessThan(1e-6);
  });

  test('mean(x, 1) used twice doubles the gradient (fan-out)', () => {
    expectFanOutDoubles((t) => ops.mean(t, 1), randomTensor([2, 3], 14));
  });

  test('mean(x, axis) throws for an axis other than 0, 1 or none', () => {
    expect(() => ops.mean(x, -1 as 0)).toThrowErrorMatchingInlineSnapshot(`[EngineError: mean: axis must be 0 (down columns), 1 (along rows) or omitted, got -1]`);
  });
});
