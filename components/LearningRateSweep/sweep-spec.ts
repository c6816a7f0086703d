/**
 * Turns the widget's settings into the engine's sweep job: the data set, the network
 * 2 → hidden (tanh) → 1 (linear output), mean squared error on the 0/1 labels, full-batch
 * gradient descent, and the list of learning rates. Mean squared error on a linear output
 * makes too-large rates blow up (the right wall of the valley); a sigmoid with cross-entropy
 * would saturate instead and hide it. The page's worker and the Node tests run this same spec, so
 * they must report the same numbers.
 */
import { logSpacedRates, type DataSpec, type SweepJobSpec } from '../../src/engine/index';
import type { LearningRateSweepSettings } from './schema';

/** Points per generated data set: enough for a clear shape, small enough to sweep in a blink. */
export const POINTS = 200;

/** How many points each loss curve keeps at most. */
const CURVE_POINTS = 100;

/** The data spec of a data set name. */
export function dataSpecOf(state: LearningRateSweepSettings): DataSpec {
  const { seed } = state;
  switch (state.dataset) {
    case 'circles':
      return { kind: 'circles', count: POINTS, noise: 0.05, factor: 0.5, seed };
    case 'moons':
      return { kind: 'moons', count: POINTS, noise: 0.1, seed };
    case 'spirals':
      return { kind: 'spirals', count: POINTS, noise: 0.05, seed };
    case 'xor':
      return { kind: 'xor' };
  }
}

/** The sweep job for a state. */
export function buildSweepSpec(state: LearningRateSweepSettings): SweepJobSpec {
  return {
    kind: 'sweep',
    learningRates: logSpacedRates(state.minRate, state.maxRate, state.count),
    base: {
      kind: 'train',
      data: dataSpecOf(state),
      model: {
        sizes: [2, ...state.hidden, 1],
        activations: [...state.hidden.map(() => 'tanh' as const), 'identity'],
      },
      loss: 'mse',
      optimizer: { kind: 'sgd', learningRate: state.minRate },
      batch: { kind: 'full' },
      steps: state.steps,
      seed: state.seed,
      report: { every: Math.max(1, Math.ceil(state.steps / CURVE_POINTS)) },
    },
  };
}
