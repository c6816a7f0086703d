import { describe, expect, test } from 'vitest';
import { createRng, math } from '../../../src/engine/index';
import { ulpDistance } from './math-checks';

describe('math.hypot', () => {
  test('hypot(...values) gives 5 for (3, 4) and does not overflow for huge values', () => {
    expect(math.hypot(3, 4)).toBe(5);
    expect(math.hypot(1e200, 1e200)).toBe(1.414213562373095e200);
    expect(math.hypot()).toBe(0);
    expect(math.hypot(NaN, Infinity)).toBe(Infinity);
    expect(math.hypot(NaN, 1)).toBeNaN();
    expect(math.hypot(-0, 0)).toBe(0);
  });

  test('hypot(...values) is within 1 ulp of Math.hypot for 1 to 4 seeded values of mixed scale', () => {
    const rng = createRng(5);
    let worst = 0;
    for (let i = 0; i < 100_000; i++) {
      const values = Array.from({ length: 1 + (i % 4) }, () => rng.normal() * math.exp(rng.uniformRange(-30, 30)));
      worst = Math.max(worst, ulpDistance(math.hypot(...values), Math.hypot(...values)));
    }
    expect(worst).toBeLessThanOrEqual(1);
  });
});
