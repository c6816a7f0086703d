/**
 * The training job of one InitExperiment run, for the engine's worker (or runJob at build
 * time). Network [2, hidden…, 1], ReLU hidden layers and a sigmoid output, mean binary
 * cross-entropy, full-batch gradient descent. Pure.
 *
 * Seeded mode: 300 training and 100 test circles (noise 0.05, inner radius 0.8) and the starting
 * weights each get a stream of their own from the reader's seed s (seeds s, s + 1 000 000 and
 * s + 2 000 000), so no two share random numbers; accuracy counts an output of 0.5 as class 1
 * (the engine's rule). Classic mode: the published points and starting draws, the
 * exercise's rule (class 1 only above 0.5), and each curve point's cost also computed the way
 * the exercise printed it (the report's numpyCost), to set beside the published costs.
 */
import { buildDataset, type Dataset, type TrainJobSpec } from '../../src/engine/index';
import type { ClassicCircles, ClassicPoints } from './classic-circles';
import { classicParameters } from './classic-parameters';
import { INIT_SPECS } from './init-choices';
import type { InitExperimentSettings } from './schema';

export const TRAIN_COUNT = 300;
export const TEST_COUNT = 100;
const CIRCLES = { kind: 'circles', noise: 0.05, factor: 0.8 } as const;
const TEST_SEED_OFFSET = 1_000_000;
const WEIGHTS_SEED_OFFSET = 2_000_000;

/** The boundary grid: 25 × 25 points over the square the circles (radius 1, noise 0.05) lie in. */
export const BOUNDARY = { resolution: 25, extent: [-1.3, 1.3, -1.3, 1.3] } as const;

/** Curve points per run, about: the report interval is the first of these at or above iterations / 300. */
const CURVE_POINTS = 300;
// Each divides 1000, so the costs the exercise printed (every 1000 iterations) are always on the curve.
const INTERVALS = [1, 2, 4, 5, 8, 10, 20, 25, 40, 50, 100];

/** Iterations between two points of the cost curve. */
export function reportEvery(iterations: number): number {
  return INTERVALS.find((every) => every * CURVE_POINTS >= iterations) ?? INTERVALS[INTERVALS.length - 1];
}

/** The job for `settings`; classic mode needs the published data. */
export function buildJobSpec(settings: InitExperimentSettings, classic?: ClassicCircles): TrainJobSpec {
  const base = {
    kind: 'train',
    model: { sizes: [2, ...settings.hidden, 1], activations: [...settings.hidden.map(() => 'relu' as const), 'sigmoid'] },
    loss: 'bce',
    optimizer: { kind: 'sgd', learningRate: settings.learningRate },
    batch: { kind: 'full' },
    steps: settings.iterations,
  } as const;
  const report = { every: reportEvery(settings.iterations), accuracy: true, boundary: BOUNDARY };
  if (settings.mode === 'seeded') {
    const { seed } = settings;
    return {
      ...base,
      data: { ...CIRCLES, count: TRAIN_COUNT, seed },
      test: { ...CIRCLES, count: TEST_COUNT, seed: seed + TEST_SEED_OFFSET },
      init: INIT_SPECS[settings.init],
      seed: seed + WEIGHTS_SEED_OFFSET,
      report,
    };
  }
  if (classic === undefined) throw new Error('buildJobSpec: classic mode needs the published data (classic-circles.ts), got none');
  return {
    ...base,
    data: pointsSpec(classic.train),
    test: pointsSpec(classic.test),
    parameters: classicParameters(settings.init, classic.draws),
    seed: 0,
    report: { ...report, accuracyRule: 'above', numpyCost: true },
  };
}

function pointsSpec(points: ClassicPoints) {
  return { kind: 'points', inputs: points.inputs, targets: points.labels } as const;
}

/** The training and test points a job trains and is tested on, as the engine builds them. */
export function jobData(job: TrainJobSpec): { readonly train: Dataset; readonly test: Dataset } {
  if (job.test === undefined) throw new Error('jobData: expected a job with a test set, got none');
  return { train: buildDataset(job.data), test: buildDataset(job.test) };
}
