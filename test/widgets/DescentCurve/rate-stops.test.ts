import { describe, expect, test } from 'vitest';
import { RATE_STOPS, nearestStop } from '../../../components/DescentCurve/rate-stops';

describe('nearestStop', () => {
  test('finds the slider position of a rate on a log scale', () => {
    expect(RATE_STOPS[nearestStop(0.1)]).toBe(0.1);
    expect(RATE_STOPS[nearestStop(0.011)]).toBe(0.01);
    expect(RATE_STOPS[nearestStop(7.5)]).toBe(10);
    expect(nearestStop(0.0001)).toBe(0);
  });
});
