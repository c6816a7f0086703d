import type { Landscape } from '../../../src/engine/landscapes/index';

/** ∂L/∂(axis) at a point by central differences in float64. */
export function centralDifference(landscape: Landscape, point: readonly number[], axis: number, h = 1e-6): number {
  const plus = point.map((value, i) => (i === axis ? value + h : value));
  const minus = point.map((value, i) => (i === axis ? value - h : value));
  return (landscape.loss(plus) - landscape.loss(minus)) / (2 * h);
}
