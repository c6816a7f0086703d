/** What the optimizer tests share: a short run from a fixed start, and an element-wise comparison. */
import { expect } from 'vitest';
import type { Optimizer } from '../../../src/engine/index';

/** Runs the optimizer from p = (1, −2) through the given gradients; returns p after each step. */
export function trace(optimizer: Optimizer, gradients: number[][]): number[][] {
  const p = Float64Array.from([1, -2]);
  return gradients.map((g) => {
    optimizer.step(p, Float64Array.from(g));
    return Array.from(p);
  });
}

/** Every number of `actual` within `tolerance` of `expected`, step by step. */
export function expectClose(actual: number[][], expected: number[][], tolerance = 1e-15): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((row, s) => row.forEach((v, i) => expect(Math.abs(v - expected[s][i])).toBeLessThan(tolerance)));
}
