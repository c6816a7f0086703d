/**
 * The plain-data shapes of the 'signals' job: a look inside a deep network at its start and
 * after some steps of training (signals/deep-network.ts describes the network and its batch).
 */
import type { ActivationName } from '../activations';
import type { InitSpec } from '../init';
import type { LayerSignals } from '../signals/layer-signals';
import type { TrainResult } from '../train/train-types';

/** What to build, how long to train it, and the seed of its weights and batch. */
export interface SignalsJobSpec {
  readonly kind: 'signals';
  readonly depth: number;
  readonly width: number;
  readonly activation: ActivationName;
  readonly init: InitSpec;
  /** Examples in the batch (every step trains on all of them). */
  readonly rows: number;
  /** Full-batch gradient-descent steps between the two looks. */
  readonly steps: number;
  readonly learningRate: number;
  readonly seed: number;
}

/** Progress: the step about to be taken and the batch's loss before it. */
export interface SignalsReport {
  readonly step: number;
  readonly loss: number;
}

/** Both looks, and how the training between them went. */
export interface SignalsJobResult {
  readonly kind: 'signals';
  /** Per hidden layer, at the initialization. */
  readonly atStart: readonly LayerSignals[];
  /** Per hidden layer, after the steps taken (the start again when none were). */
  readonly after: readonly LayerSignals[];
  /** The loss before the first step. */
  readonly startLoss: number;
  readonly training: TrainResult;
}
