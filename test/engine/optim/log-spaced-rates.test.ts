import { describe, expect, test } from 'vitest';
import { logSpacedRates } from '../../../src/engine/index';

describe('logSpacedRates', () => {
  test('0.001 to 10 in ten rates, each about 2.78 times the last, to 3 digits', () => {
    expect(logSpacedRates(0.001, 10, 10)).toEqual([0.001, 0.00278, 0.00774, 0.0215, 0.0599, 0.167, 0.464, 1.29, 3.59, 10]);
    expect(logSpacedRates(0.01, 1, 8)[7]).toBe(1);
  });
});

describe('logSpacedRates errors', () => {
  test.each([
    [0, 10, 10, 'logSpacedRates: minRate: expected a finite number > 0, got 0'],
    [0.1, 0.1, 10, 'logSpacedRates: maxRate: expected a finite number above minRate (0.1), got 0.1'],
    [0.1, Infinity, 10, 'logSpacedRates: maxRate: expected a finite number above minRate (0.1), got Infinity'],
    [0.1, 1, 1, 'logSpacedRates: count: expected an integer ≥ 2, got 1'],
  ])('logSpacedRates(%s, %s, %s) throws "%s"', (min, max, count, message) => {
    expect(() => logSpacedRates(min, max, count)).toThrow(message);
  });
});
