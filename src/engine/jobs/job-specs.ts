/**
 * The plain-data shapes of each job kind: its spec (what to run), its progress report
 * and its result. JSON-safe (NaN and Infinity aside, which structured cloning keeps).
 */
import type { ActivationName } from '../activations';
import type { FastLossName } from '../compiled/loss-kernels';
import type { AccuracyRule } from '../data/accuracy';
import type { InitSpec } from '../init';
import type { OptimizerSpec } from '../optim/optimizer';
import type { BatchMode } from '../train/batch-mode';
import type { TrainingDivergence, TrainResult } from '../train/train-types';

/** Where a job's examples come from: a seeded generator, or points given inline. */
export type DataSpec =
  | { readonly kind: 'circles'; readonly count: number; readonly noise: number; readonly factor: number; readonly seed: number }
  | { readonly kind: 'moons'; readonly count: number; readonly noise: number; readonly seed: number }
  | { readonly kind: 'xor' }
  | {
      readonly kind: 'blobs';
      readonly count: number;
      readonly centers: number | readonly (readonly [number, number])[];
      readonly std: number;
      readonly seed: number;
    }
  | { readonly kind: 'spirals'; readonly count: number; readonly noise: number; readonly turns?: number; readonly seed: number }
  | { readonly kind: 'points'; readonly inputs: readonly (readonly number[])[]; readonly targets: readonly number[] };

/** The network: layer sizes (inputs first), one activation and one bias flag per layer. */
export interface JobModelSpec {
  readonly sizes: readonly number[];
  readonly activations: readonly ActivationName[];
  /** One flag per layer, or one for all (default true). */
  readonly bias?: boolean | readonly boolean[];
}

/** What a job reports and how often. */
export interface ReportSpec {
  /** Report every this many steps (the loss curve has one point per report). */
  readonly every: number;
  readonly accuracy?: boolean;
  /** One output: is an output equal to the threshold class 1 ('atLeast', the default) or class 0 ('above')? */
  readonly accuracyRule?: AccuracyRule;
  /** Model output on a resolution × resolution grid over extent [xMin, xMax, yMin, yMax]. */
  readonly boundary?: { readonly resolution: number; readonly extent: readonly [number, number, number, number] };
  readonly weights?: boolean;
  /** Per-layer activation and gradient statistics. */
  readonly stats?: boolean;
  /**
   * Each loss point also carries `numpyCost`: the step's cost as the classic NumPy exercise
   * printed it (numpyStyleBceCost of the step's outputs). Loss 'bce' with full batches only.
   */
  readonly numpyCost?: boolean;
}

/** One training run. Give exactly one of `steps` and `epochs`. */
export interface TrainJobSpec {
  readonly kind: 'train';
  readonly data: DataSpec;
  /** Optional held-out examples for test accuracy. */
  readonly test?: DataSpec;
  readonly model: JobModelSpec;
  /** Weight init of every layer, or one per layer (default PyTorch's U(±1/√fan_in)). */
  readonly init?: InitSpec | readonly InitSpec[];
  /** Bias init of every layer, or one per layer (default zeros). */
  readonly biasInit?: InitSpec | readonly InitSpec[];
  /** Exact starting parameters in the engine's flat layout; replaces init. */
  readonly parameters?: readonly number[];
  readonly loss: FastLossName;
  readonly optimizer: OptimizerSpec;
  readonly batch: BatchMode;
  readonly steps?: number;
  readonly epochs?: number;
  /** Seeds the initialization, then the shuffles and samples, in that order. */
  readonly seed: number;
  readonly report: ReportSpec;
}

/** The same training run once per learning rate. */
export interface SweepJobSpec {
  readonly kind: 'sweep';
  readonly base: TrainJobSpec;
  readonly learningRates: readonly number[];
}

/** Statistics of one layer at a report. */
export interface LayerStats {
  readonly activationMean: number;
  readonly activationStd: number;
  /** Fraction of units that output 0 for every example (relu layers; 0 otherwise). */
  readonly deadFraction: number;
  readonly weightGradMean: number;
  readonly weightGradStd: number;
}

/** One point of a loss curve: the batch loss at `step`, before that step's update. */
export interface LossPoint {
  readonly step: number;
  readonly loss: number;
  /** The same outputs' cost computed the NumPy exercise's way, when the report asks for it. */
  readonly numpyCost?: number;
}

/** A snapshot of a training run. `curve` holds the loss points since the previous report. */
export interface TrainReport {
  readonly step: number;
  readonly epoch: number;
  readonly curve: readonly LossPoint[];
  readonly accuracy?: number;
  readonly testAccuracy?: number;
  /** Row-major, row j is y = yMin + j·(yMax − yMin)/(resolution − 1): P(class 1), the argmax class, or the raw output. */
  readonly boundary?: readonly number[];
  readonly weights?: readonly number[];
  readonly stats?: readonly LayerStats[];
}

/** One learning rate of a sweep. */
export interface SweepRun {
  readonly learningRate: number;
  readonly status: TrainResult['status'];
  readonly curve: readonly LossPoint[];
  readonly finalLoss: number;
  readonly divergence?: TrainingDivergence;
}

/** Progress of a sweep: the run in progress and its points since the previous report. */
export interface SweepReport {
  readonly runIndex: number;
  readonly learningRate: number;
  readonly curve: readonly LossPoint[];
  /** Runs finished since the previous report. */
  readonly finished: readonly SweepRun[];
}

/** How a training job ended: the run's result and a final report over the whole run. */
export interface TrainJobResult {
  readonly kind: 'train';
  readonly result: TrainResult;
  readonly report: TrainReport;
}

/** How a sweep ended: one run per learning rate (the one a stop cut short included). */
export interface SweepJobResult {
  readonly kind: 'sweep';
  readonly runs: readonly SweepRun[];
}
