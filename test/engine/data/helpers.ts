import type { Dataset } from '../../../src/engine/index';

/** Distance of point i from (cx, cy). */
export function radius(data: Dataset, i: number, cx = 0, cy = 0): number {
  return Math.hypot(data.inputs[2 * i] - cx, data.inputs[2 * i + 1] - cy);
}

/** How many examples carry each label. */
export function labelCounts(data: Dataset): Map<number, number> {
  const counts = new Map<number, number>();
  for (const label of data.targets) counts.set(label, (counts.get(label) ?? 0) + 1);
  return counts;
}
