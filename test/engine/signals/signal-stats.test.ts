import { expect, test } from 'vitest';
import { factorPerLayer, quantileOfSorted, signalStatsOf } from '../../../src/engine/index';

test('signalStatsOf(values) gives the mean, the std, the quantiles of |v| without the zeros, and the share of zeros', () => {
  // |v| without the zero: 1, 2, 3, 4; the 5 % quantile sits 0.15 of the way from 1 to 2.
  const stats = signalStatsOf(Float64Array.from([0, -1, 2, 3, -4]));
  expect(stats.mean).toBe(0);
  expect(stats.std).toBeCloseTo(Math.sqrt(30 / 5), 14);
  expect(stats.spread.map((q) => Number(q.toFixed(12)))).toEqual([1.15, 1.75, 2.5, 3.25, 3.85]);
  expect(stats.zeroFraction).toBe(0.2);
  expect(stats.nonFiniteFraction).toBe(0);
});

test('signalStatsOf(values, length) reads only the first length entries', () => {
  const stats = signalStatsOf(Float64Array.from([2, 2, 100]), 2);
  expect([stats.mean, stats.std, stats.spread[2]]).toEqual([2, 0, 2]);
});

test('signalStatsOf counts NaN and ∞ apart and measures the finite entries only', () => {
  const stats = signalStatsOf(Float64Array.from([NaN, Infinity, 1, 3]));
  expect(stats.nonFiniteFraction).toBe(0.5);
  expect([stats.mean, stats.std]).toEqual([2, 1]);
});

test('signalStatsOf of all zeros has NaN quantiles (nothing to put on a log scale) and zeroFraction 1', () => {
  const stats = signalStatsOf(new Float64Array(4));
  expect(stats.spread.every(Number.isNaN)).toBe(true);
  expect(stats.zeroFraction).toBe(1);
});

test('quantileOfSorted interpolates between neighbours and is NaN for no values', () => {
  expect(quantileOfSorted(Float64Array.from([0, 10]), 0.3)).toBe(3);
  expect(quantileOfSorted(new Float64Array(0), 0.5)).toBeNaN();
});

test('factorPerLayer(values) is the geometric mean of the layer-to-layer ratios', () => {
  expect(factorPerLayer([1, 0.1, 0.01])).toBeCloseTo(0.1, 15);
  expect(factorPerLayer([2, 999, 8])).toBeCloseTo(2, 15);
  expect(factorPerLayer([1])).toBeNaN();
  expect(factorPerLayer([0, 1])).toBeNaN();
  expect(factorPerLayer([1, Infinity])).toBeNaN();
});
