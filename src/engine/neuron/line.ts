/**
 * A two-input neuron as a line. The neuron says "1" where z = w1·x1 + w2·x2 + b ≥ 0 (the step
 * activation's threshold, and where a sigmoid's output reaches ½), so the decision boundary is
 * the line w1·x1 + w2·x2 + b = 0 and it splits the plane into two half-planes.
 */
import { EngineError } from '../errors';
import type { Dataset } from '../data/index';
import { hypot } from '../math/index';
import { exactSignOfSum } from './exact-sum';

/** The parameters of a two-input neuron. */
export interface Line {
  readonly w1: number;
  readonly w2: number;
  readonly bias: number;
}

/** An axis-aligned box [xMin, xMax] × [yMin, yMax], the visible part of the plane. */
export interface Box {
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
  readonly yMax: number;
}

/** A point of the plane, (x₁, x₂). */
export type Point2 = readonly [number, number];

/** z = w1·x1 + w2·x2 + b. */
export function lineValue(line: Line, x1: number, x2: number): number {
  return line.w1 * x1 + line.w2 * x2 + line.bias;
}

/** The lowest and highest z over a box: z is linear, so they lie at corners of the box. */
export function lineValueRange(line: Line, box: Box): [number, number] {
  const corners = [[box.xMin, box.yMin], [box.xMin, box.yMax], [box.xMax, box.yMin], [box.xMax, box.yMax]];
  const values = corners.map(([x1, x2]) => lineValue(line, x1, x2));
  return [Math.min(...values), Math.max(...values)];
}

/**
 * How far from the line, at right angles, z reaches `z`: |z| / ‖w‖, since z / ‖w‖ is the signed
 * distance. Infinite for w = 0, where z is b everywhere.
 */
export function distanceToLevel(line: Line, z: number): number {
  return Math.abs(z) / hypot(line.w1, line.w2);
}

/**
 * The class the line gives to a point: 1 on the side where z ≥ 0, else 0. The sign of z is
 * decided exactly on the decimals (w = (0.3, 0.6), b = −0.9 puts (1, 1) on the line: z = 0, class 1).
 */
export function classifyPoint(line: Line, x1: number, x2: number): 0 | 1 {
  return exactSignOfSum([line.w1, line.w2], [x1, x2], line.bias) >= 0 ? 1 : 0;
}

function assertTwoInputs(op: string, dataset: Dataset): void {
  if (dataset.inputSize !== 2 || dataset.targetSize !== 1) {
    throw new EngineError(op, `expected a dataset of 2-D points with one 0/1 target, got inputSize ${dataset.inputSize} and targetSize ${dataset.targetSize}`);
  }
}

/** How many points the line puts on the wrong side (targets are 0/1). */
export function countMistakes(line: Line, dataset: Dataset): number {
  assertTwoInputs('countMistakes', dataset);
  let mistakes = 0;
  for (let i = 0; i < dataset.count; i++) {
    const predicted = classifyPoint(line, dataset.inputs[2 * i], dataset.inputs[2 * i + 1]);
    if (predicted !== dataset.targets[i]) mistakes++;
  }
  return mistakes;
}

/** Fraction of points the line classifies correctly, in [0, 1]. */
export function lineAccuracy(line: Line, dataset: Dataset): number {
  return dataset.count === 0 ? 0 : 1 - countMistakes(line, dataset) / dataset.count;
}

/**
 * Clips `polygon` to the half-plane where `sign`·z ≥ 0 (Sutherland–Hodgman against one edge).
 * Returns the vertices in order; an empty list when nothing remains.
 */
function clipToSide(polygon: readonly Point2[], line: Line, sign: 1 | -1): Point2[] {
  const result: Point2[] = [];
  for (let i = 0; i < polygon.length; i++) {
    const current = polygon[i];
    const next = polygon[(i + 1) % polygon.length];
    const zCurrent = sign * lineValue(line, current[0], current[1]);
    const zNext = sign * lineValue(line, next[0], next[1]);
    if (zCurrent >= 0) result.push(current);
    if ((zCurrent >= 0) !== (zNext >= 0)) {
      // The edge crosses the line where z = 0: interpolate linearly along the edge.
      const t = zCurrent / (zCurrent - zNext);
      result.push([current[0] + t * (next[0] - current[0]), current[1] + t * (next[1] - current[1])]);
    }
  }
  return result;
}

/** The parts of `box` on each side of the line: `positive` where z ≥ 0, `negative` where z < 0. */
export function halfPlanes(line: Line, box: Box): { positive: Point2[]; negative: Point2[] } {
  const corners: Point2[] = [
    [box.xMin, box.yMin],
    [box.xMax, box.yMin],
    [box.xMax, box.yMax],
    [box.xMin, box.yMax],
  ];
  if (line.w1 === 0 && line.w2 === 0) {
    // No line at all: z = b everywhere, so the whole box is on one side.
    return line.bias >= 0 ? { positive: corners, negative: [] } : { positive: [], negative: corners };
  }
  return { positive: clipToSide(corners, line, 1), negative: clipToSide(corners, line, -1) };
}

/** The visible piece of the line w1·x1 + w2·x2 + b = 0 inside `box`, or null when it misses the box. */
export function boundarySegment(line: Line, box: Box): [Point2, Point2] | null {
  const { positive, negative } = halfPlanes(line, box);
  if (positive.length === 0 || negative.length === 0) return null;
  // The clip's new vertices (and any corner the line passes through) lie on the line;
  // the two farthest apart are the segment's ends.
  const scale = Math.abs(line.w1) + Math.abs(line.w2) + Math.abs(line.bias);
  const onLine = positive.filter(([x1, x2]) => Math.abs(lineValue(line, x1, x2)) <= 1e-9 * Math.max(1, scale));
  let best: [Point2, Point2] | null = null;
  let bestDistance = 0;
  for (const a of onLine) {
    for (const b of onLine) {
      const distance = hypot(a[0] - b[0], a[1] - b[1]);
      if (distance > bestDistance) {
        best = [a, b];
        bestDistance = distance;
      }
    }
  }
  return best;
}
