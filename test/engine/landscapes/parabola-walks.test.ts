/**
 * The plain gradient-descent numbers the learning-rate chapter works by hand, recomputed by the
 * engine's own walk on L = λθ²/2 (and, for the step counts, from the factor r = 1 − ηλ).
 */
import { describe, expect, test } from 'vitest';
import { classifyQuadratic, descend, parabola } from '../../../src/engine/landscapes/index';

const walk = (learningRate: number, steps: number, curvature = 1) =>
  descend(parabola(curvature), { start: [3], learningRate, steps }).points.map(([theta]) => theta);
const round = (values: readonly number[], digits: number) => values.map((v) => Number(v.toFixed(digits)));
/** Steps until |r|^k ≤ 1/1000: the smallest k with k·ln(1/|r|) ≥ ln 1000. */
const thousandfold = (factor: number) => Math.ceil(Math.log(1000) / Math.log(1 / Math.abs(factor)));

describe('the chapter\'s walks on the parabola', () => {
  test('η = 0.1 from 3: 2.7, 2.43, 2.187, 1.968, …, 0.365 after 20 steps with loss 0.067', () => {
    const thetas = walk(0.1, 20);
    expect(round(thetas.slice(1, 5), 3)).toEqual([2.7, 2.43, 2.187, 1.968]);
    expect(round([thetas[20], thetas[20] ** 2 / 2], 3)).toEqual([0.365, 0.067]);
  });

  test('η = 1.5 zig-zags 3, −1.5, 0.75, −0.375; η = 2.5 runs 3, −4.5, 6.75, −10.1, 15.2 and reaches about 10 000 by step 20', () => {
    expect(walk(1.5, 3)).toEqual([3, -1.5, 0.75, -0.375]);
    expect(round(walk(2.5, 4), 1)).toEqual([3, -4.5, 6.8, -10.1, 15.2]);
    expect(Math.round(3 * 1.5 ** 20)).toBe(9976);
  });

  test('a thousandfold shrink: 66 steps at r = 0.9, 688 at 0.99; κ = 10 and 100 at the best rate: 0.82 in 35, 0.98 in 346', () => {
    expect(Number((Math.log(1000) / Math.log(1 / 0.9)).toFixed(1))).toBe(65.6);
    expect([thousandfold(0.9), thousandfold(0.99)]).toEqual([66, 688]);
    const best = (kappa: number) => (kappa - 1) / (kappa + 1);
    expect([best(10), best(100)].map((r) => Number(r.toFixed(2)))).toEqual([0.82, 0.98]);
    expect([thousandfold(best(10)), thousandfold(best(100))]).toEqual([35, 346]);
  });

  test('λ = 4 with η = 0.4: factor −0.6, the same size as the factor 0.6 of η = 0.4 on λ = 1', () => {
    const sharp = walk(0.4, 2, 4);
    expect(round(sharp, 10)).toEqual([3, -1.8, 1.08]);
    expect(round(walk(0.4, 2), 10)).toEqual([3, 1.8, 1.08]);
  });

  test('η = 0.5 halves the distance: 0.094 after 5 steps, 2.9e−6 after 20, never exactly 0', () => {
    const thetas = walk(0.5, 20);
    expect(Number(thetas[5].toFixed(3))).toBe(0.094);
    expect(Number(thetas[20].toPrecision(2))).toBe(2.9e-6);
    expect(thetas[20]).toBeGreaterThan(0);
  });

  test('η = 0.01 crawls (more than a quarter left, r^k > 1/4) up to 137 steps and converges from 138: 0.99^138 ≈ 0.2498', () => {
    expect(classifyQuadratic(1, 0.01, 0, 20).regime).toBe('crawls');
    expect(classifyQuadratic(1, 0.01, 0, 100).regime).toBe('crawls');
    expect(classifyQuadratic(1, 0.01, 0, 137).regime).toBe('crawls');
    expect(classifyQuadratic(1, 0.01, 0, 138).regime).toBe('converges');
    expect(Number((0.99 ** 138).toFixed(4))).toBe(0.2498);
  });
});
