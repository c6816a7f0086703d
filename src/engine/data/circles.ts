/**
 * Two concentric circles, after scikit-learn's `make_circles`:
 * n_out = ⌊count/2⌋ points on the unit circle at angles 2πk/n_out (label 0),
 * n_in = count − n_out points on the circle of radius `factor` at 2πk/n_in
 * (label 1). The points are shuffled first and the Gaussian noise N(0, noise²)
 * is added after, in that order, as scikit-learn does. No straight line
 * separates the classes: the classic case for a hidden layer.
 */
import { EngineError } from '../errors';
import type { Rng } from '../random';
import { assertNonNegative, assertPositiveInteger, pointDataset, shuffleThenAddNoise, type Dataset } from './dataset';
import { cos, sin } from '../math/index';

/** Settings for {@link makeCircles}. */
export interface CirclesOptions {
  /** Number of points, both circles together. */
  readonly count: number;
  /** Standard deviation of the Gaussian noise added to each coordinate. */
  readonly noise: number;
  /** Radius of the inner circle, relative to the outer one; in (0, 1). */
  readonly factor: number;
}

/** Points on `n` equally spaced angles of a circle of the given radius, starting at angle 0. */
function circle(n: number, radius: number): { xs: number[]; ys: number[] } {
  const angles = Array.from({ length: n }, (_, k) => (2 * Math.PI * k) / n);
  return { xs: angles.map((a) => radius * cos(a)), ys: angles.map((a) => radius * sin(a)) };
}

/** Two noisy concentric circles: outer label 0, inner label 1. */
export function makeCircles(options: CirclesOptions, rng: Rng): Dataset {
  const { count, noise, factor } = options;
  assertPositiveInteger('makeCircles', 'count', count);
  assertNonNegative('makeCircles', 'noise', noise);
  if (!(factor > 0 && factor < 1)) {
    throw new EngineError('makeCircles', `factor: expected a number between 0 and 1 (exclusive), got ${factor}`);
  }
  const outerCount = Math.floor(count / 2);
  const outer = circle(outerCount, 1);
  const inner = circle(count - outerCount, factor);
  const labels = Array.from({ length: count }, (_, i) => (i < outerCount ? 0 : 1));
  const ordered = pointDataset([...outer.xs, ...inner.xs], [...outer.ys, ...inner.ys], labels);
  return shuffleThenAddNoise(ordered, noise, rng);
}
