/**
 * Neural Notebook's engine: everything the widgets and tests use leaves through this file.
 */

// Foundations: the one error type and its vocabulary, seeded randomness, bit-exact math, activation formulas.
export { EngineError, formatShape } from './errors';
/** The one error vocabulary (`where: expected what, got received`) for the engine, widgets and build. */
export { counted, describeChoices, describeValue, expectedGot } from './text/describe-value';
/** "Did you mean …?" hints: the allowed name nearest to a misspelt one. */
export { closestName, editDistance } from './text/closest-name';
/** Four significant digits, powers of ten past 10⁵ or below 10⁻⁴: 0.3647, 1.23 × 10⁶. */
export { formatSignificant } from './text/format-significant';
export { createRng, shuffle, shuffleInPlace, permutation, type Rng } from './random';
/**
 * exp, expm1, log, log1p, tanh, sin, cos, pow and hypot that give the same bits in every
 * JavaScript engine (fdlibm ports), as one namespace: `math.log(x)`. Use them instead of
 * `Math.log` and friends wherever a number must match between Node and the browser.
 */
export * as math from './math/index';
export {
  ACTIVATIONS,
  LEAKY_RELU_SLOPE,
  isActivationName,
  logit,
  sigmoid,
  softplus,
  type ActivationFormula,
  type ActivationName,
} from './activations';

// The reference autograd, readable op by op: tensors, their graph, the backward pass, ops, losses,
// and the scalar graph of the chain-rule chapter. Read these first; every formula is written out.
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
/** Losses with 'mean' (default) or 'sum' reduction; each returns a tracked [1, 1] tensor. */
export {
  BCE_EPSILON,
  binaryCrossEntropy,
  binaryCrossEntropyWithLogits,
  HUBER_DELTA,
  hingeLoss,
  huberLoss,
  l1Loss,
  mseLoss,
  parseReduction,
  softmaxCrossEntropy,
  type HuberOptions,
  type LossOptions,
  type Reduction,
} from './losses/index';
/** The classic NumPy exercise's printed cross-entropy (pairwise sum, 1/m ×), for a figure's report; and NumPy's pairwise sum. */
export { numpyStyleBceCost, pairwiseSum } from './losses/index';
/**
 * The inspectable scalar graph for the chain-rule chapter, as one namespace:
 * `scalar.value(2, 'a')`, `scalar.mul(a, b)`, `scalar.backwardSteps(loss)`, … .
 */
export * as scalar from './scalar/index';

// Models as plain data: layer specs, initializers, the flat parameter layout, and the Mlp that holds the numbers.
/** Weight initializers: specs, formulas in words, and the seeded filler. */
export { INIT_KINDS, describeInit, initializeInPlace, parseInitSpec, standardNormalScale, type InitSpec } from './init/index';
/** A copy of a parameter buffer with ε·N(0, 1) added to each number: symmetry broken by a seeded nudge. */
export { perturbed } from './init/index';
/** A dense layer as a plain, serializable spec, and the number of parameters it learns. */
export { dense, denseParameterCount, type DenseOptions, type DenseSpec } from './layers/dense';
/** Chaining layers into a model, `mlp([2, 10, 5, 1], …)` to build one from sizes, and a model's sizes and parameter count. */
export {
  sequential,
  mlp,
  parameterCount,
  inputSizeOf,
  outputSizeOf,
  type MlpOptions,
  type SequentialSpec,
} from './layers/sequential';
/** Where each layer's W ([out, in] row-major) and b sit in the model's one flat parameter buffer. */
export { parameterLayout, type LayerSlot, type ParameterLayout } from './layers/parameter-layout';
/** A layer's units side by side (each one's weights, then its bias), and how far apart they are: a constant start keeps them at exactly 0. */
export { largestRowDifference, unitRows } from './layers/unit-rows';
/** Filling a model's parameters from its init specs (default: PyTorch's U(±1/√fan_in), zero biases). */
export { initializeModelInPlace, defaultWeightInit } from './layers/initialize-model';
/** A model with its parameter buffer: set weights, initialize, predict. */
export { Mlp, type LayerValues } from './model/mlp-model';
/** A torchsummary-style model summary, as data and as text. */
export { summarize, formatSummary, type ModelSummary, type SummaryRow } from './layers/summary';

// The fast twin: the same model recorded once and replayed over flat buffers; tested to agree with the reference to 1e-12.
/** The fast path: a model recorded once and replayed over preallocated buffers. */
export { compileModel, CompiledModel, type CompileOptions } from './compiled/compiled-model';
/** Losses the fast path computes (mean over the batch), fused with their gradients. */
export { type FastLossName } from './compiled/loss-kernels';

// Training: optimizers, the training loop in chunks, and the one rule for divergence.
/** Optimizer specs, the optimizer interface and the spec helpers. */
export {
  withLearningRate,
  assertOptimizerSpec,
  type Optimizer,
  type OptimizerSpec,
  type SgdSpec,
  type RmsPropSpec,
  type AdamSpec,
} from './optim/optimizer';
/** SGD with momentum, Nesterov and weight decay, PyTorch's convention. */
export { Sgd } from './optim/sgd';
/** RMSProp, PyTorch's form. */
export { RmsProp } from './optim/rmsprop';
/** Adam with bias correction, PyTorch's form. */
export { Adam } from './optim/adam';
/** The optimizer a spec describes. */
export { createOptimizer } from './optim/create-optimizer';
/** Log-spaced learning rates for a range test (a sweep). */
export { logSpacedRates } from './optim/log-spaced-rates';
/** Batch modes of a training run: full, mini-batch, or one random sample per step. */
export { stepsPerEpoch, type BatchMode } from './train/batch-mode';
/** Training to the end in one call. */
export { train } from './train/train';
/** A training run that advances in chunks (for workers). */
export { TrainingSession, type TrainableModel } from './train/training-session';
/** Training options, progress reports and results (completed, diverged or aborted). */
export type {
  AbortSignalLike,
  TrainOptions,
  TrainProgress,
  TrainResult,
  TrainingDivergence,
} from './train/train-types';
/** The one divergence rule (loss not finite, or past 10⁶ × max(start loss, 1)) and its sentence. */
export {
  DIVERGENCE_FACTOR,
  DIVERGENCE_FLOOR,
  divergenceLimit,
  lossDivergence,
  type Divergence,
  type DivergenceReason,
} from './train/divergence';

// Chapter material: toy datasets, single neurons, and loss landscapes for gradient descent by hand.
/** Toy loss landscapes for chapter 2: curves and surfaces, gradient descent over them, regimes. */
export {
  parabola,
  hills,
  elongatedBowl,
  rosenbrock,
  turnedBowl,
  rescaledSurface,
  diagonalScales,
  conditionNumber,
  levelEllipses,
  firstStepWithin,
  descend,
  classifyQuadratic,
  stabilityLimit,
  classifyTrajectory,
  readTrajectory,
  CYCLE_TOLERANCE,
  classifyDescent,
  compareRateTimesCurvature,
  sampleCurve,
  sampleSurface,
  CRAWL_REMAINING,
  REGIME_SENTENCES,
  type Landscape,
  type AxisRange,
  type DescentOptions,
  type DescentRun,
  type Regime,
  type WalkRegime,
  type TrajectoryReading,
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

// Jobs: training off the main thread, over a tiny port; each job kind is registered once in jobs/job-kinds.ts.
/** Jobs off the main thread: the message protocol and job specs. */
export type {
  DataSpec,
  JobModelSpec,
  ReportSpec,
  TrainJobSpec,
  SweepJobSpec,
  JobSpec,
  LayerStats,
  TrainReport,
  SweepRun,
  SweepReport,
  TrainJobResult,
  SweepJobResult,
  JobKindName,
  SpecOf,
  ReportOf,
  ResultOf,
  JobReport,
  JobResult,
  StartMessage,
  StopMessage,
  ProgressMessage,
  DoneMessage,
  ErrorMessage,
  JobMessage,
  ToWorkerMessage,
  FromWorkerMessage,
} from './jobs/protocol';
/** The tiny message-port interface jobs talk through, and an in-memory pair for tests. */
export { createMemoryPortPair, type Port } from './jobs/port';
/** The examples a job's data spec describes (a figure draws the points its job trains on). */
export { buildDataset } from './jobs/build-job';
/** Checking an untrusted job spec; errors name the field, expected and got. */
export { parseJobSpec } from './jobs/parse-job';
/** The worker side: serve jobs over a port, or run one directly. */
export { serveJobs, runJob, type ServeOptions } from './jobs/runner';
/** The page side: start jobs, follow progress, pause, resume and stop them. */
export { JobClient, type JobHandle } from './jobs/client';
/** Pausing a job between two steps and resuming it with the same numbers. */
export type { PauseMessage, ResumeMessage, PausedMessage } from './jobs/protocol';
/** Inside a deep network: per-layer statistics of activations and gradients, and the 'signals' job that measures them. */
export { SPREAD_LEVELS, signalStatsOf, factorPerLayer, quantileOfSorted, type SignalStats } from './signals/signal-stats';
export { measureLayerSignals, type LayerSignals } from './signals/layer-signals';
export { deepNetworkSpec, deepNetworkParameters, deepNetworkBatch, type DeepNetworkOptions } from './signals/deep-network';
export type { SignalsJobSpec, SignalsReport, SignalsJobResult } from './jobs/signals-job-spec';
export { SIGNALS_LIMITS } from './jobs/parse-signals-job';
