/**
 * Two interleaved spirals. Arm c (label c, c = 0 or 1) has its points at
 * s = k/(n − 1) for k = 0 … n − 1, at radius s and angle 2π·turns·s + c·π,
 * so the arms wind out from the centre half a turn apart. ⌊count/2⌋ points go
 * to arm 0 and the rest to arm 1. Shuffled first, then N(0, noise²) is added to
 * each coordinate, the same order as the circles and moons.
 */
import { EngineError } from '../errors';
import type { Rng } from '../random';
import { assertNonNegative, assertPositiveInteger, pointDataset, shuffleThenAddNoise, type Dataset } from './dataset';
import { cos, sin } from '../math/index';

/** Settings for {@link makeSpirals}. */
export interface SpiralsOptions {
  /** Number of points, both arms together. */
  readonly count: number;
  /** Standard deviation of the Gaussian noise added to each coordinate. */
  readonly noise: number;
  /** How many full turns each arm makes; default 1. */
  readonly turns?: number;
}

/** Two noisy spirals, arm 0 label 0 and arm 1 label 1. */
export function makeSpirals(options: SpiralsOptions, rng: Rng): Dataset {
  const { count, noise, turns = 1 } = options;
  assertPositiveInteger('makeSpirals', 'count', count);
  assertNonNegative('makeSpirals', 'noise', noise);
  if (!Number.isFinite(turns) || turns <= 0) {
    throw new EngineError('makeSpirals', `turns: expected a number > 0, got ${turns}`);
  }
  const xs: number[] = [];
  const ys: number[] = [];
  const labels: number[] = [];
  const armSizes = [Math.floor(count / 2), count - Math.floor(count / 2)];
  armSizes.forEach((n, arm) => {
    for (let k = 0; k < n; k++) {
      const s = n === 1 ? 0 : k / (n - 1);
      const angle = 2 * Math.PI * turns * s + arm * Math.PI;
      xs.push(s * cos(angle));
      ys.push(s * sin(angle));
      labels.push(arm);
    }
  });
  return shuffleThenAddNoise(pointDataset(xs, ys, labels), noise, rng);
}
