import { describe, expect, test } from 'vitest';
import { findCurveMinima, hills, parabola } from '../../../src/engine/landscapes/index';
import { centralDifference } from './central-difference';

describe('parabola(λ)', () => {
  test('loss λθ²/2 and slope λθ match hand arithmetic', () => {
    const curve = parabola(3);
    expect(curve.loss([2])).toBe(6);
    expect(curve.gradient([-2])).toEqual([-6]);
    expect(curve.curvatures).toEqual([3]);
    expect(curve.minima).toEqual([[0]]);
  });

  test('parabola(0) throws: a flat line has no bottom', () => {
    expect(() => parabola(0)).toThrowErrorMatchingInlineSnapshot(`[EngineError: parabola: curvature must be a positive finite number, got 0]`);
  });
});

describe('hills()', () => {
  const curve = hills();

  test('loss and slope match hand arithmetic at θ = 0 and θ = π/4', () => {
    expect(curve.loss([0])).toBe(1);
    expect(curve.gradient([0])).toEqual([2]);
    // sin(π/2) = 1, cos(π/2) ≈ 0.
    expect(curve.loss([Math.PI / 4])).toBeCloseTo((Math.PI / 4) ** 2 / 10 + 2, 14);
    expect(curve.gradient([Math.PI / 4])[0]).toBeCloseTo(Math.PI / 20, 14);
  });

  test('slope agrees with central differences', () => {
    for (const theta of [-4.2, -1.3, 0.2, 1.7, 3.9]) {
      const [slope] = curve.gradient([theta]);
      expect(Math.abs(slope - centralDifference(curve, [theta], 0))).toBeLessThan(1e-8);
    }
  });

  test('has three minima in [−5, 5], lowest near −0.748, each a zero of the slope', () => {
    expect(curve.minima.map(([theta]) => Number(theta.toFixed(6)))).toEqual([-0.747965, 2.243078, -3.73557]);
    for (const [theta] of curve.minima) {
      expect(Math.abs(curve.gradient([theta])[0])).toBeLessThan(1e-12);
    }
  });
});

describe('findCurveMinima', () => {
  test('finds both minima of (θ² − 1)², not its maximum at 0', () => {
    const minima = findCurveMinima((t) => (t * t - 1) ** 2, (t) => 4 * t * (t * t - 1), [-2, 2.1]);
    expect(minima).toHaveLength(2);
    expect(minima.map((t) => Math.abs(t))).toEqual([1, 1]);
  });
});
