/**
 * Every message between a page and the training worker, as one discriminated
 * union on `type`, and the job specs those messages carry. All of it is plain
 * JSON-safe data (NaN and Infinity aside, which structured cloning keeps).
 */
import type { ActivationName } from '../activations';
import type { FastLossName } from '../compiled/loss-kernels';
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
  /** Model output on a resolution × resolution grid over extent [xMin, xMax, yMin, yMax]. */
  readonly boundary?: { readonly resolution: number; readonly extent: readonly [number, number, number, number] };
  readonly weights?: boolean;
  /** Per-layer activation and gradient statistics. */
  readonly stats?: boolean;
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

/** Any job. */
export type JobSpec = TrainJobSpec | SweepJobSpec;

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

/** How a job ended. */
export type JobResult =
  | { readonly kind: 'train'; readonly result: TrainResult; readonly report: TrainReport }
  | { readonly kind: 'sweep'; readonly runs: readonly SweepRun[] };

/** Page → worker: run a job. */
export interface StartMessage {
  readonly type: 'start';
  readonly id: number;
  readonly job: JobSpec;
}

/** Page → worker: stop a job (it still answers with 'done', status 'aborted'). */
export interface StopMessage {
  readonly type: 'stop';
  readonly id: number;
}

/**
 * Page → worker: pause a job between two training steps. Every buffer stays as it
 * is, so after 'resume' the run continues with the same numbers as if it had never
 * stopped. The worker answers with 'paused' once it has (or with 'done' if the job
 * ended first).
 */
export interface PauseMessage {
  readonly type: 'pause';
  readonly id: number;
}

/** Page → worker: continue a paused job from the step where it paused. */
export interface ResumeMessage {
  readonly type: 'resume';
  readonly id: number;
}

/** Worker → page: a throttled report (at most about 30 a second). */
export interface ProgressMessage {
  readonly type: 'progress';
  readonly id: number;
  readonly report: TrainReport | SweepReport;
}

/**
 * Worker → page: the job has paused and posts nothing until resumed or stopped.
 * `report` holds the points since the last progress report, so the page's curve
 * reaches the step where the job waits.
 */
export interface PausedMessage {
  readonly type: 'paused';
  readonly id: number;
  readonly report: TrainReport | SweepReport;
}

/** Worker → page: the job's final result. */
export interface DoneMessage {
  readonly type: 'done';
  readonly id: number;
  readonly result: JobResult;
}

/** Worker → page: the job could not run; `message` is the EngineError text. */
export interface ErrorMessage {
  readonly type: 'error';
  readonly id: number;
  readonly message: string;
}

/** Every message, either way. */
export type JobMessage = ToWorkerMessage | FromWorkerMessage;
/** Messages the page sends. */
export type ToWorkerMessage = StartMessage | StopMessage | PauseMessage | ResumeMessage;
/** Messages the worker sends. */
export type FromWorkerMessage = ProgressMessage | PausedMessage | DoneMessage | ErrorMessage;
