/**
 * Two interleaving half circles, after scikit-learn's `make_moons`:
 * n_out = ⌊count/2⌋ points (cos t, sin t) with label 0 and n_in = count − n_out
 * points (1 − cos t, 1 − sin t − 0.5) with label 1, where t runs over n equally
 * spaced values from 0 to π, both ends included. Shuffled first, then the
 * Gaussian noise N(0, noise²) is added, as scikit-learn does.
 */
import type { Rng } from '../random';
import { assertNonNegative, assertPositiveInteger, pointDataset, shuffleThenAddNoise, type Dataset } from './dataset';
import { cos, sin } from '../math/index';

/** Settings for {@link makeMoons}. */
export interface MoonsOptions {
  /** Number of points, both moons together. */
  readonly count: number;
  /** Standard deviation of the Gaussian noise added to each coordinate. */
  readonly noise: number;
}

/** n values from 0 to π inclusive, like NumPy's linspace (one value gives [0]). */
function halfTurn(n: number): number[] {
  return Array.from({ length: n }, (_, k) => (n === 1 ? 0 : (Math.PI * k) / (n - 1)));
}

/** Two noisy interleaving moons: upper label 0, lower label 1. */
export function makeMoons(options: MoonsOptions, rng: Rng): Dataset {
  const { count, noise } = options;
  assertPositiveInteger('makeMoons', 'count', count);
  assertNonNegative('makeMoons', 'noise', noise);
  const outerCount = Math.floor(count / 2);
  const outer = halfTurn(outerCount);
  const inner = halfTurn(count - outerCount);
  const xs = [...outer.map(cos), ...inner.map((t) => 1 - cos(t))];
  const ys = [...outer.map(sin), ...inner.map((t) => 1 - sin(t) - 0.5)];
  const labels = Array.from({ length: count }, (_, i) => (i < outerCount ? 0 : 1));
  return shuffleThenAddNoise(pointDataset(xs, ys, labels), noise, rng);
}
