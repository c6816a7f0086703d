/**
 * The engine's train job for one stretch of the figure's run: 2 → hiddenUnits (tanh or relu)
 * → 1 (sigmoid), cross-entropy, full-batch gradient descent on 200 seeded circles. A stretch
 * starts from the constant (every weight `value`, every bias 0) or from given parameters;
 * full-batch descent keeps no state but the parameters, so stretches chained end to end give
 * the numbers of one long run, bit for bit.
 */
import type { DataSpec, TrainJobSpec } from '../../src/engine/index';
import type { SymmetryHeatmapSettings } from './schema';

/** Points of the circles: both classes, 100 each. */
export const POINTS = 200;

/** Where the boundary grid is sampled: the circles (radius 1, noise 0.05) with a margin. */
export const EXTENT = [-1.5, 1.5, -1.5, 1.5] as const;
export const RESOLUTION = 31;

export function dataSpecOf(settings: SymmetryHeatmapSettings): DataSpec {
  return { kind: 'circles', count: POINTS, noise: 0.05, factor: 0.5, seed: settings.seed };
}

/** The job that trains `steps` steps from the constant start (`start` null) or from `start`. */
export function stretchSpec(settings: SymmetryHeatmapSettings, start: readonly number[] | null, steps: number): TrainJobSpec {
  return {
    kind: 'train',
    data: dataSpecOf(settings),
    model: { sizes: [2, settings.hiddenUnits, 1], activations: [settings.activation, 'sigmoid'] },
    ...(start === null ? { init: { kind: 'constant', value: settings.value } } : { parameters: start }),
    loss: 'bce',
    optimizer: { kind: 'sgd', learningRate: settings.learningRate },
    batch: { kind: 'full' },
    steps,
    seed: settings.seed,
    report: { every: Math.max(1, steps), accuracy: true, weights: true, boundary: { resolution: RESOLUTION, extent: EXTENT } },
  };
}
