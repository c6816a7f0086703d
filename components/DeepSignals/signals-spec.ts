/**
 * Turns the widget's settings into the engine's 'signals' job, and names each choice in
 * words. The batch and the training are fixed and stated in the caption: 100 inputs of
 * standard-normal numbers, full-batch gradient descent at η = 0.1 on binary cross-entropy.
 * The page's worker, the build and the Node tests all run this same spec.
 */
import type { InitSpec, SignalsJobSpec } from '../../src/engine/index';
import type { DeepSignalsSettings, InitName, SignalsActivation } from './schema';

/** Examples in the batch every look and every step uses. */
export const BATCH_ROWS = 100;
/** The learning rate of the steps between the two looks. */
export const LEARNING_RATE = 0.1;

/** Each initialization as the engine's init spec. */
export const INIT_SPECS: Readonly<Record<InitName, InitSpec>> = {
  small: { kind: 'normal', mean: 0, std: 0.01 },
  unit: { kind: 'normal', mean: 0, std: 1 },
  large: { kind: 'normal', mean: 0, std: 10 },
  lecun: { kind: 'lecunNormal' },
  xavierNormal: { kind: 'xavierNormal' },
  xavierUniform: { kind: 'xavierUniform' },
  heNormal: { kind: 'heNormal' },
  heUniform: { kind: 'heUniform' },
};

/** The choices' words, for the select box and the sentences. */
export const INIT_LABELS: Readonly<Record<InitName, string>> = {
  small: 'small: normal, std 0.01',
  unit: 'normal, std 1',
  large: 'large: normal, std 10',
  lecun: 'LeCun normal, Var 1/n_in',
  xavierNormal: 'Xavier normal, Var 2/(n_in+n_out)',
  xavierUniform: 'Xavier uniform, ±√(6/(n_in+n_out))',
  heNormal: 'He normal, Var 2/n_in',
  heUniform: 'He uniform, ±√(6/n_in)',
};

export const ACTIVATION_LABELS: Readonly<Record<SignalsActivation, string>> = {
  tanh: 'tanh',
  relu: 'ReLU',
  sigmoid: 'sigmoid',
  identity: 'none (linear)',
};

/** The job for a state. */
export function buildSignalsSpec(state: DeepSignalsSettings): SignalsJobSpec {
  return {
    kind: 'signals',
    depth: state.depth,
    width: state.width,
    activation: state.activation,
    init: INIT_SPECS[state.init],
    rows: BATCH_ROWS,
    steps: state.steps,
    learningRate: LEARNING_RATE,
    seed: state.seed,
  };
}
