import { describe, expect, test } from 'vitest';
import { Tensor, maxRelativeError, ops } from '../../../src/engine/index';
import { expectFanOutDoubles, gradOfSum, randomTensor } from './helpers';

describe('pow', () => {
  test('pow(x, p) raises to a constant power; slope p·xᵖ⁻¹', () => {
    const x = Tensor.from([[2, -3, 4]]);
    expect(ops.pow(x, 2).toArray()).toEqual([[4, 9, 16]]);
    expect(gradOfSum((t) => ops.pow(t, 3), x)).toEqual([12, 27, 48]);
    expect(ops.pow(Tensor.from([[4, 9]]), 0.5).toArray()).toEqual([[2, 3]]);
  });

  test('pow(x, p) backward agrees with central differences for integer and fractional p', () => {
    const x = randomTensor([3, 3], 17);
    const positive = x.map((v) => Math.abs(v) + 0.3);
    expect(maxRelativeError((t) => ops.pow(t, 2), x)).toBeLessThan(1e-6);
    expect(maxRelativeError((t) => ops.pow(t, 3), x)).toBeLessThan(1e-6);
    expect(maxRelativeError((t) => ops.pow(t, 1.5), positive)).toBeLessThan(1e-6);
    expect(maxRelativeError((t) => ops.pow(t, -1), positive)).toBeLessThan(1e-6);
  });

  test('pow(x, 2) used twice doubles the gradient (fan-out)', () => {
    expectFanOutDoubles((t) => ops.pow(t, 2), randomTensor([2, 2], 18));
  });

  test('pow(x, p) throws for a non-finite exponent', () => {
    expect(() => ops.pow(Tensor.scalar(2), Number.NaN)).toThrowErrorMatchingInlineSnapshot(`[EngineError: pow: exponent must be a finite number, got NaN]`);
  });
});
