import { describe, expect, test } from 'vitest';
import { elongatedBowl, parabola, sampleCurve, sampleSurface } from '../../../src/engine/landscapes/index';

describe('sampleCurve', () => {
  test('spaces points evenly with both ends included', () => {
    expect(sampleCurve(parabola(2), [-1, 1], 5)).toEqual({ theta: [-1, -0.5, 0, 0.5, 1], loss: [1, 0.25, 0, 0.25, 1] });
  });

  test('refuses a surface', () => {
    expect(() => sampleCurve(elongatedBowl())).toThrowErrorMatchingInlineSnapshot(`[EngineError: sampleCurve: needs a 1-parameter landscape and a whole count ≥ 2, got 2 parameters and count 201]`);
  });
});

describe('sampleSurface', () => {
  test('samples cell centres row by row, x fastest', () => {
    const grid = sampleSurface(elongatedBowl(), 2, 2, [-1, 1], [0, 2]);
    // Centres: x ∈ {−0.5, 0.5}, y ∈ {0.5, 1.5}.
    expect([...grid.values]).toEqual([1.375, 1.375, 11.375, 11.375]);
    expect(grid.width).toBe(2);
  });
});
