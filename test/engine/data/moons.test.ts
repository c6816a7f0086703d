import { describe, expect, test } from 'vitest';
import { createRng, makeMoons } from '../../../src/engine/index';
import { labelCounts, radius } from './helpers';

describe('makeMoons', () => {
  test('makeMoons({ count: 11 }) gives 5 upper points (label 0) and 6 lower ones (label 1)', () => {
    const data = makeMoons({ count: 11, noise: 0.1 }, createRng(1));
    expect(data.count).toBe(11);
    expect(labelCounts(data)).toEqual(new Map([[0, 5], [1, 6]]));
  });

  test('makeMoons with noise 0 puts each moon on its half circle, ends included', () => {
    const data = makeMoons({ count: 10, noise: 0 }, createRng(2));
    const points: string[] = [];
    for (let i = 0; i < data.count; i++) {
      const [x, y] = [data.inputs[2 * i], data.inputs[2 * i + 1]];
      if (data.targets[i] === 0) {
        expect(radius(data, i)).toBeCloseTo(1, 12);
        expect(y).toBeGreaterThanOrEqual(-1e-15);
      } else {
        // The lower moon is centred at (1, 0.5) and bends downwards.
        expect(radius(data, i, 1, 0.5)).toBeCloseTo(1, 12);
        expect(y).toBeLessThanOrEqual(0.5 + 1e-15);
      }
      points.push(`${data.targets[i]}:${x.toFixed(6)},${y.toFixed(6)}`);
    }
    // t = 0 and t = π are both present on each moon.
    expect(points).toContain('0:1.000000,0.000000');
    expect(points).toContain('0:-1.000000,0.000000');
    expect(points).toContain('1:0.000000,0.500000');
    expect(points).toContain('1:2.000000,0.500000');
  });

  test('makeMoons(options, rng) repeats for the same seed', () => {
    expect(makeMoons({ count: 30, noise: 0.2 }, createRng(4))).toEqual(makeMoons({ count: 30, noise: 0.2 }, createRng(4)));
  });

  test('makeMoons(options) throws for a bad count or noise', () => {
    expect(() => makeMoons({ count: -3, noise: 0 }, createRng(1))).toThrowErrorMatchingInlineSnapshot(`[EngineError: makeMoons: count: expected a positive integer, got -3]`);
    expect(() => makeMoons({ count: 10, noise: -0.1 }, createRng(1))).toThrowErrorMatchingInlineSnapshot(`[EngineError: makeMoons: noise: expected a finite number ≥ 0, got -0.1]`);
  });
});
