/**
 * Samples of a landscape's loss for drawing: evenly spaced points along a curve, and a
 * grid over a surface for contour lines.
 */
import { EngineError } from '../errors';
import type { AxisRange, Landscape } from './landscape';

/** `count` evenly spaced points θ over `range`, both ends included, with their losses. */
export function sampleCurve(
  landscape: Landscape,
  range: AxisRange = landscape.domain[0],
  count = 201,
): { theta: number[]; loss: number[] } {
  if (landscape.dimensions !== 1 || !Number.isInteger(count) || count < 2) {
    throw new EngineError(
      'sampleCurve',
      `needs a 1-parameter landscape and a whole count ≥ 2, got ${landscape.dimensions} parameters and count ${count}`,
    );
  }
  const [low, high] = range;
  const theta = Array.from({ length: count }, (_, i) => low + ((high - low) * i) / (count - 1));
  return { theta, loss: theta.map((t) => landscape.loss([t])) };
}

/** A loss grid for contour plots, row-major with x varying fastest. */
export interface LossGrid {
  readonly width: number;
  readonly height: number;
  readonly x: AxisRange;
  readonly y: AxisRange;
  /** values[row * width + column]: row 0 at y[0], column 0 at x[0]; cell centres. */
  readonly values: Float64Array;
}

/** Samples a 2-parameter landscape at the centres of a width × height grid over its domain. */
export function sampleSurface(
  landscape: Landscape,
  width = 60,
  height = 40,
  x: AxisRange = landscape.domain[0],
  y: AxisRange = landscape.domain[1],
): LossGrid {
  if (landscape.dimensions !== 2 || !Number.isInteger(width) || !Number.isInteger(height) || width < 2 || height < 2) {
    throw new EngineError(
      'sampleSurface',
      `needs a 2-parameter landscape and whole sizes ≥ 2, got ${landscape.dimensions} parameters and ${width} × ${height}`,
    );
  }
  const values = new Float64Array(width * height);
  for (let row = 0; row < height; row++) {
    const yValue = y[0] + ((row + 0.5) * (y[1] - y[0])) / height;
    for (let column = 0; column < width; column++) {
      const xValue = x[0] + ((column + 0.5) * (x[1] - x[0])) / width;
      values[row * width + column] = landscape.loss([xValue, yValue]);
    }
  }
  return { width, height, x, y, values };
}
