import { describe, expect, test } from 'vitest';
import { RATE_STOPS, formatNumber, nearestStop } from '../../../components/DescentCurve/format';

describe('formatNumber', () => {
  test('four significant digits, a true minus sign, powers of ten at the extremes', () => {
    expect([0.36472, 4.5, -1.1, 0, 2.39e6, 0.00001234, 12345.6, Number.NaN, Number.POSITIVE_INFINITY].map(formatNumber)).toEqual([
      '0.3647',
      '4.5',
      '−1.1',
      '0',
      '2.39 × 10⁶',
      '1.23 × 10⁻⁵',
      '12350',
      'NaN',
      '∞',
    ]);
  });
});

describe('nearestStop', () => {
  test('finds the slider position of a rate on a log scale', () => {
    expect(RATE_STOPS[nearestStop(0.1)]).toBe(0.1);
    expect(RATE_STOPS[nearestStop(0.011)]).toBe(0.01);
    expect(RATE_STOPS[nearestStop(7.5)]).toBe(10);
    expect(nearestStop(0.0001)).toBe(0);
  });
});
