import { describe, expect, test } from 'vitest';
import { createRng } from '../../../src/engine/index';
import { elongatedBowl, rosenbrock, type Landscape } from '../../../src/engine/landscapes/index';
import { centralDifference } from './central-difference';

function maxGradientError(landscape: Landscape, seed: number): number {
  const rng = createRng(seed);
  let worst = 0;
  for (let k = 0; k < 20; k++) {
    const point = landscape.domain.map(([low, high]) => rng.uniformRange(low, high));
    const gradient = landscape.gradient(point);
    for (let axis = 0; axis < point.length; axis++) {
      const numeric = centralDifference(landscape, point, axis);
      worst = Math.max(worst, Math.abs(numeric - gradient[axis]) / Math.max(1, Math.abs(gradient[axis])));
    }
  }
  return worst;
}

describe('elongatedBowl', () => {
  test('loss (x² + 10y²)/2 and gradient (x, 10y) by hand', () => {
    const bowl = elongatedBowl();
    expect(bowl.loss([2, 1])).toBe(7);
    expect(bowl.gradient([2, -1])).toEqual([2, -10]);
    expect(bowl.curvatures).toEqual([1, 10]);
  });

  test('gradient agrees with central differences', () => {
    expect(maxGradientError(elongatedBowl({ curvatureX: 0.5, curvatureY: 7 }), 3)).toBeLessThan(1e-6);
  });

  test('a negative curvature throws', () => {
    expect(() => elongatedBowl({ curvatureY: -1 })).toThrowErrorMatchingInlineSnapshot(`[EngineError: elongatedBowl: curvatureY must be a positive finite number, got -1]`);
  });
});

describe('rosenbrock', () => {
  test('loss and gradient at (0, 0) and the minimum (1, 1) by hand', () => {
    const valley = rosenbrock();
    expect(valley.loss([0, 0])).toBe(1);
    expect(valley.gradient([0, 0])).toEqual([-2, 0]);
    expect(valley.loss([1, 1])).toBe(0);
    expect(valley.gradient([1, 1]).map(Math.abs)).toEqual([0, 0]);
    // (1 − (−1))² + 100·(2 − 1)² = 4 + 100.
    expect(valley.loss([-1, 2])).toBe(104);
    expect(valley.curvatures).toBeUndefined();
  });

  test('gradient agrees with central differences', () => {
    expect(maxGradientError(rosenbrock(), 5)).toBeLessThan(1e-6);
  });
});
