import { describe, expect, test } from 'vitest';
import { EngineError } from '../../../src/engine/errors';
import { numpyStyleBceCost } from '../../../src/engine/losses/numpy-style-bce-cost';

describe('numpyStyleBceCost', () => {
  test('an output of exactly 0 or 1 on the side its target does not weigh is a NaN term, counted as 0 (np.nansum)', () => {
    // NumPy 2.4: 1./6 * np.nansum(np.multiply(-np.log(a), y) + np.multiply(-np.log(1 - a), 1 - y))
    expect(numpyStyleBceCost([0.9, 0.2, 1, 0, 0.7, 1], [1, 0, 1, 0, 0, 1])).toBe(0.2554128118829953);
  });

  test('an output of exactly 1 with target 0 makes the cost ∞, as the exercise printed', () => {
    expect(numpyStyleBceCost([0.9, 0.2, 1, 0.7], [1, 0, 0, 1])).toBe(Infinity);
  });

  test('300 outputs of 0.5: ln 2 to the last bit (a running sum divided by 300 gives 0.6931471805599467)', () => {
    const outputs = new Array<number>(300).fill(0.5);
    const targets = Array.from({ length: 300 }, (_, i) => i % 2);
    expect(numpyStyleBceCost(outputs, targets)).toBe(0.6931471805599453);
  });

  test('only the first `count` outputs, and a count that does not fit is refused', () => {
    expect(numpyStyleBceCost([0.5, 0.5, 0], [1, 0, 1], 2)).toBe(Math.LN2);
    expect(() => numpyStyleBceCost([0.5], [1], 2)).toThrow(EngineError);
    expect(() => numpyStyleBceCost([0.5], [1], 2)).toThrow('count: expected a whole number from 1 to 1 (outputs hold 1, targets 1), got 2');
  });
});
