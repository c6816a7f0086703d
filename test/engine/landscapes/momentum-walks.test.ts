/**
 * The momentum walks the learning-rate chapter describes in numbers, recomputed by the
 * engine: the elongated bowl (curvatures 1 and 10) from (−4, 2) with η = 0.02 for 50 steps,
 * and the parabola by hand with η = 0.1, μ = 0.9.
 */
import { describe, expect, test } from 'vitest';
import { classifyQuadratic, descend, elongatedBowl, parabola } from '../../../src/engine/landscapes/index';

const bowlWalk = (momentum: number) => descend(elongatedBowl(), { start: [-4, 2], learningRate: 0.02, momentum, steps: 50 });
const round = (value: number, digits = 2) => Number(value.toFixed(digits));
/** The steps at which a coordinate changes sign. */
const crossings = (values: readonly number[]) => values.flatMap((v, t) => (t > 0 && Math.sign(v) !== Math.sign(values[t - 1]) ? [t] : []));

describe('momentum on the elongated bowl', () => {
  test('without momentum η = 0.02 ends 1.46 from the minimum, never crossing x = 0', () => {
    const run = bowlWalk(0);
    expect(round(Math.hypot(...run.points[50]))).toBe(1.46);
    expect(crossings(run.points.map(([x]) => x))).toEqual([]);
  });

  test('μ = 0.9 crosses x = 0 at step 14, peaks at x ≈ 1.18 at step 23, ends 0.30 away', () => {
    const run = bowlWalk(0.9);
    const xs = run.points.map(([x]) => x);
    expect(crossings(xs)[0]).toBe(14);
    const peak = xs.indexOf(Math.max(...xs));
    expect([peak, round(xs[peak])]).toEqual([23, 1.18]);
    expect(round(Math.hypot(...run.points[50]))).toBe(0.3);
    // "Nearly five times closer" than without momentum.
    expect(round(Math.hypot(...bowlWalk(0).points[50]) / Math.hypot(...run.points[50]), 1)).toBe(4.8);
  });

  test('μ = 0.9 cut short: x = −0.239 after 13 steps, 0.0443 after 14, 1.175, 1.18, 1.161 after 22, 23, 24; the 50 steps end at (−0.296, −0.061)', () => {
    const xs = bowlWalk(0.9).points.map(([x]) => x);
    expect([13, 14, 22, 23, 24].map((t) => Number(xs[t].toPrecision(4)))).toEqual([-0.2389, 0.04429, 1.175, 1.18, 1.161]);
    expect(bowlWalk(0.9).points[50].map((v) => round(v, 3))).toEqual([-0.296, -0.061]);
    expect([0.5, 0].map((momentum) => round(bowlWalk(momentum).points[50][0], 3))).toEqual([-0.496, -1.457]);
  });

  test('μ = 0.5: no overshoot along x, but y swings with a complex factor of modulus √0.5 ≈ 0.707; ends 0.50 away', () => {
    const run = bowlWalk(0.5);
    expect(crossings(run.points.map(([x]) => x))).toEqual([]);
    expect(crossings(run.points.map(([, y]) => y)).slice(0, 3)).toEqual([6, 13, 21]);
    const [alongX, alongY] = [1, 10].map((curvature) => classifyQuadratic(curvature, 0.02, 0.5, 50));
    expect([alongX.regime, alongY.regime]).toEqual(['converges', 'oscillates']);
    // Along y: r² − (1.5 − 0.2)r + 0.5 = 0 has discriminant 1.69 − 2 < 0, so |r| = √0.5.
    expect(round(alongY.contraction, 3)).toBe(0.707);
    expect(round(Math.hypot(...run.points[50]))).toBe(0.5);
  });
});

describe('momentum on the parabola, by hand', () => {
  test('η = 0.1, μ = 0.9 from 3: 2.7, 2.16, 1.458, then the lowest point −1.81 at step 9', () => {
    const thetas = descend(parabola(1), { start: [3], learningRate: 0.1, momentum: 0.9, steps: 30 }).points.map(([t]) => t);
    expect(thetas.slice(1, 4).map((t) => round(t, 3))).toEqual([2.7, 2.16, 1.458]);
    const lowest = thetas.indexOf(Math.min(...thetas));
    expect([lowest, round(thetas[lowest])]).toEqual([9, -1.81]);
  });
});
