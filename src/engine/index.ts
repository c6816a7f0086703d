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
/** 2-D float64 tensors; see `tensor.ts`. */
export { Tensor, assertSameShape, type Shape } from './tensor';
/** Autograd records: `track` for op authors, `accumulate` to add into `grad`. */
export { track, accumulate, type GraphNode } from './graph';
/** Reverse-mode differentiation from a [1, 1] loss, and clearing gradients. */
export { backward, topologicalOrder, zeroGrad } from './backward';
/** Central-difference gradient checking for tests and the chapters. */
export { maxRelativeError, type GradientCheckOptions } from './gradient-check';
/**
 * Every tensor op as one namespace: `ops.matmul(a, b)`, `ops.tanh(x)`, … .
 * A namespace because the bare names `sigmoid` and `softplus` above are the scalar formulas.
 */
export * as ops from './ops/index';
/** Weight initializers: specs, formulas in words, and the seeded filler. */
export { INIT_KINDS, describeInit, initializeInPlace, parseInitSpec, type InitSpec } from './init/index';
/** Toy loss landscapes for chapter 2: curves and surfaces, gradient descent over them, regimes. */
export {
  parabola,
  hills,
  elongatedBowl,
  rosenbrock,
  descend,
  classifyQuadratic,
  classifyTrajectory,
  classifyDescent,
  sampleCurve,
  sampleSurface,
  DIVERGENCE_LOSS,
  CRAWL_REMAINING,
  REGIME_SENTENCES,
  type Landscape,
  type AxisRange,
  type DescentOptions,
  type DescentRun,
  type Divergence,
  type Regime,
  type RegimeReport,
  type QuadraticReading,
  type LossGrid,
} from './landscapes/index';
/** Seeded toy datasets (circles, moons, XOR, blobs, spirals), train/test split and binary accuracy. */
export {
  accuracy,
  makeBlobs,
  makeCircles,
  makeMoons,
  makeSpirals,
  makeXor,
  pointDataset,
  selectExamples,
  trainTestSplit,
  type BlobsOptions,
  type CirclesOptions,
  type Dataset,
  type MoonsOptions,
  type SpiralsOptions,
} from './data/index';
/** Single neurons (chapter 1): the forward pass in steps, the neuron as a line, the perceptron and gradient rules. */
export * as neuron from './neuron/index';
