/** The options, progress reports and results of a training run, as plain data. */
import type { FastLossName } from '../compiled/loss-kernels';
import type { OptimizerSpec } from '../optim/optimizer';
import type { Rng } from '../random';
import type { BatchMode } from './batch-mode';
import type { Divergence } from './divergence';

/** Anything with an `aborted` flag, such as a DOM or Node `AbortSignal`. */
export interface AbortSignalLike {
  readonly aborted: boolean;
}

/** How to train. Give exactly one of `steps` and `epochs`. */
export interface TrainOptions {
  readonly loss: FastLossName;
  readonly optimizer: OptimizerSpec;
  readonly batch: BatchMode;
  readonly steps?: number;
  readonly epochs?: number;
  /** Draws the shuffles (mini) and the samples (sample); unused for full batches. */
  readonly rng?: Rng;
  /** Report every this many steps (step 0, n, 2n, …, and the last step). */
  readonly reportEvery?: number;
  readonly onProgress?: (progress: TrainProgress) => void;
  /** Checked before every step; when set, the run stops with status 'aborted'. */
  readonly signal?: AbortSignalLike;
}

/** One progress report. Steps count from 0; `loss` is the batch's loss before that step's update. */
export interface TrainProgress {
  readonly step: number;
  readonly epoch: number;
  readonly loss: number;
  /** The live parameter buffer (read it now; it changes with the next step). */
  readonly parameters: Float64Array;
}

/** Where and why a training run diverged (see `divergence.ts` for the rule). */
export interface TrainingDivergence extends Divergence {
  /** Index in the flat buffer of the first non-finite parameter, for parameter reasons. */
  readonly parameterIndex?: number;
}

/** How a run ended. Numeric blow-up is a result (`diverged`), never an exception. */
export interface TrainResult {
  readonly status: 'completed' | 'diverged' | 'aborted';
  /** Updates applied. */
  readonly steps: number;
  /** Epochs completed (a fraction when the run stopped inside an epoch). */
  readonly epochs: number;
  /** Mean loss over all training examples with the final parameters. */
  readonly finalLoss: number;
  /** Loss of the last batch, before its update. */
  readonly lastBatchLoss: number;
  readonly learningRate: number;
  readonly divergence?: TrainingDivergence;
}
