/**
 * The pieces every picture of a two-input classifier shares: a data set's points picked by a
 * rule (by class, or by being misclassified), and the engine's boundary report (the model's
 * output sampled on a grid, corners included) as the cells a contour mark draws. Pure.
 */
import type { Dataset } from '../../src/engine/index';
import type { Point, SampledGrid } from './plot-spec';

/** The points (x₁, x₂) of a two-input data set for which `keep(x₁, x₂, target)` holds. */
export function pointsWhere(dataset: Dataset, keep: (x1: number, x2: number, target: number) => boolean): Point[] {
  const points: Point[] = [];
  for (let i = 0; i < dataset.count; i++) {
    const x1 = dataset.inputs[2 * i];
    const x2 = dataset.inputs[2 * i + 1];
    if (keep(x1, x2, dataset.targets[i])) points.push([x1, x2]);
  }
  return points;
}

/** The points of class `label`. */
export function pointsOfClass(dataset: Dataset, label: number): Point[] {
  return pointsWhere(dataset, (_x1, _x2, target) => target === label);
}

/** How the engine sampled a boundary report: resolution × resolution points over [xMin, xMax, yMin, yMax], edges included. */
export interface BoundarySampling {
  readonly resolution: number;
  readonly extent: readonly [number, number, number, number];
}

/**
 * A boundary report (row j at y = yMin + j·Δy) as a grid of cells centred on its points: the
 * engine samples the corners of the extent, a contour mark wants the centres of its cells.
 */
export function boundaryGrid(values: readonly number[], { resolution, extent }: BoundarySampling): SampledGrid {
  const [xMin, xMax, yMin, yMax] = extent;
  const halfX = (xMax - xMin) / (resolution - 1) / 2;
  const halfY = (yMax - yMin) / (resolution - 1) / 2;
  return { width: resolution, height: resolution, x: [xMin - halfX, xMax + halfX], y: [yMin - halfY, yMax + halfY], values };
}
