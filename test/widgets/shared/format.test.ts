import { describe, expect, test } from 'vitest';
import { formatNumber, formatSignificant, readNumber } from '../../../components/shared/format';

test('formatNumber rounds to three decimals, drops trailing zeros and prints a true minus sign', () => {
  expect(formatNumber(0.37754066)).toBe('0.378');
  expect(formatNumber(-0.5)).toBe('−0.5');
  expect(formatNumber(2)).toBe('2');
  expect(formatNumber(-0.0001)).toBe('−0.0001');
  expect(formatNumber(-0.0004, 2)).toBe('−0.0004');
  // One style for powers of ten, whatever the sign (the pl2 line printed −1.94e-5·x₁ − 1.76e−5·x₂).
  expect(formatNumber(-1.94e-5)).toBe('−1.94 × 10⁻⁵');
  expect(formatNumber(1.76e-5)).toBe('1.76 × 10⁻⁵');
  expect(formatNumber(0.4 - 0.6 - 0.8 + 1)).toBe('0');
  expect(formatNumber(123456789)).toBe('1.23 × 10⁸');
  expect(formatNumber(Infinity)).toBe('∞');
  expect(formatNumber(NaN)).toBe('NaN');
});

test('readNumber(formatNumber(x)) gives x back to the shown precision', () => {
  for (const value of [-0.5, 0.378, -12.25, 7]) expect(readNumber(formatNumber(value))).toBe(value);
});

describe('formatSignificant', () => {
  test('four significant digits, a true minus sign, powers of ten at the extremes', () => {
    expect([0.36472, 4.5, -1.1, 0, 2.39e6, 0.00001234, 12345.6, Number.NaN, Number.POSITIVE_INFINITY].map(formatSignificant)).toEqual([
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
