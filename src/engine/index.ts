/**
 * Neural Notebook's engine: everything the widgets and tests use leaves through this file.
 */
export { EngineError, formatShape } from './errors';
export { createRng, shuffle, permutation, type Rng } from './random';
export {
  ACTIVATIONS,
  LEAKY_RELU_SLOPE,
  isActivationName,
  sigmoid,
  softplus,
  type ActivationFormula,
  type ActivationName,
} from './activations';
