import { describe, expect, test } from 'vitest';
import { createRng, perturbed } from '../../../src/engine/index';

describe('perturbed', () => {
  test('perturbed(parameters, ε, rng) adds ε times the stream\'s standard normal draws, in buffer order', () => {
    const start = [0.5, 0.5, 0.5, 0];
    const draws = createRng(3);
    const expected = start.map((value) => value + 0.001 * draws.normal());
    expect(Array.from(perturbed(start, 0.001, createRng(3)))).toEqual(expected);
    // Every number moved, and by about ε (no draw of four is 5σ out).
    for (let i = 0; i < start.length; i++) {
      const change = Math.abs(expected[i] - start[i]);
      expect(change).toBeGreaterThan(0);
      expect(change).toBeLessThan(0.005);
    }
  });

  test('perturbed(parameters, …) leaves its input as it was and the same seed gives the same copy', () => {
    const start = new Float64Array([1, 2, 3]);
    const a = perturbed(start, 0.1, createRng(7));
    const b = perturbed(start, 0.1, createRng(7));
    expect(Array.from(start)).toEqual([1, 2, 3]);
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(Array.from(perturbed(start, 0.1, createRng(8)))).not.toEqual(Array.from(a));
  });

  test('perturbed(parameters, 0, rng) is an exact copy', () => {
    expect(Array.from(perturbed([0.25, -1], 0, createRng(1)))).toEqual([0.25, -1]);
  });

  test('perturbed(parameters, ε) throws for a negative or non-finite ε', () => {
    expect(() => perturbed([1], -0.1, createRng(1))).toThrowErrorMatchingInlineSnapshot(`[EngineError: perturbed: epsilon: expected a finite number ≥ 0, got -0.1]`);
    expect(() => perturbed([1], Number.NaN, createRng(1))).toThrowErrorMatchingInlineSnapshot(`[EngineError: perturbed: epsilon: expected a finite number ≥ 0, got NaN]`);
  });
});
