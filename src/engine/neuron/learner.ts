/**
 * One neuron learning a 2-D, two-class dataset one example at a time.
 *
 * Perceptron rule (step activation, prediction ŷ = 1 when z ≥ 0):
 *   w_i ← w_i + η (t − ŷ) x_i,   b ← b + η (t − ŷ)     (changes only on a mistake)
 * Gradient rule (sigmoid neuron, y = σ(z), one step of gradient descent on the
 * cross-entropy loss −t ln y − (1 − t) ln(1 − y), whose slope in z is y − t):
 *   w_i ← w_i − η (y − t) x_i,   b ← b − η (y − t)
 *
 * Both start from w1 = w2 = b = 0. The examples are visited in passes; the seed shuffles the
 * order of each pass. A perceptron has settled after a whole pass without a mistake.
 *
 * Started at zero, a perceptron's parameters are always η times integer combinations of the
 * inputs: w = η·k with k = Σ (t − ŷ)·x over the updates (the `totals`). Since η > 0, z and
 * k·x + k_b have the same sign, so the perceptron decides with the totals: for integer inputs
 * (the gates) every decision is exact, and the same for every η. Only the numbers w = η·k scale.
 */
import { sigmoid, softplus } from '../activations';
import type { Dataset } from '../data/index';
import { EngineError } from '../errors';
import { permutation, createRng, type Rng } from '../random';
import { classifyPoint, countMistakes, lineValue, type Line } from './line';

/** The perceptron rule (update on mistakes only), or gradient descent on one sigmoid neuron. */
export type LearningRule = 'perceptron' | 'gradient';

/** How a one-neuron learner learns. */
export interface LearnerOptions {
  readonly rule: LearningRule;
  /** The step size η (> 0). */
  readonly learningRate: number;
  /** Seeds the order in which the points are visited each pass. */
  readonly seed: number;
  /** False visits the points in dataset order every pass (a worked example by hand); default true. */
  readonly isShuffled?: boolean;
}

/** What one step did, for the figure to show. */
export interface StepRecord {
  /** Index of the example in the dataset. */
  readonly example: number;
  /** The neuron's answer before the update: ŷ ∈ {0, 1} (perceptron) or y ∈ (0, 1) (gradient). */
  readonly output: number;
  readonly target: number;
  /** True when the example was on the wrong side of the line before the update. */
  readonly wasMistake: boolean;
}

/** A learner in progress. Advance it with {@link learnStepInPlace}. */
export interface LearnerState {
  readonly options: LearnerOptions;
  readonly dataset: Dataset;
  line: Line;
  /**
   * Perceptron: the sums of (t − ŷ)·x₁, (t − ŷ)·x₂ and (t − ŷ) over all updates, so that
   * line = η · totals (integers on the gates). Gradient rule: unused, stays at 0.
   */
  totals: Line;
  /** Updates attempted so far (one per example visited). */
  steps: number;
  /** Passes completed. */
  passes: number;
  /** Mistakes met so far in the current pass. */
  mistakesThisPass: number;
  /** Mistakes met during the last complete pass, or null before the first one ends. */
  lastPassMistakes: number | null;
  order: number[];
  last: StepRecord | null;
  readonly rng: Rng;
}

/** Starts a learner at w1 = w2 = b = 0. */
export function createLearner(dataset: Dataset, options: LearnerOptions): LearnerState {
  if (!(options.learningRate > 0) || !Number.isFinite(options.learningRate)) {
    throw new EngineError('createLearner', `learningRate must be a finite number > 0, got ${options.learningRate}`);
  }
  if (dataset.inputSize !== 2 || dataset.count === 0) {
    throw new EngineError('createLearner', `expected a non-empty dataset of 2-D points, got ${dataset.count} points of size ${dataset.inputSize}`);
  }
  const rng = createRng(options.seed);
  return {
    options, dataset, rng,
    line: { w1: 0, w2: 0, bias: 0 },
    totals: { w1: 0, w2: 0, bias: 0 },
    steps: 0, passes: 0, mistakesThisPass: 0, lastPassMistakes: null,
    order: passOrder(dataset.count, options, rng),
    last: null,
  };
}

/** Visits the next example and updates the line by the learner's rule. Mutates `state`. */
export function learnStepInPlace(state: LearnerState): void {
  const { dataset, options } = state;
  const example = nextExample(state);
  const x1 = dataset.inputs[2 * example];
  const x2 = dataset.inputs[2 * example + 1];
  const target = dataset.targets[example];
  const isPerceptron = options.rule === 'perceptron';
  // The perceptron decides on the totals: the same sign as z = η·(totals·x), with no rounding of η.
  const z = lineValue(isPerceptron ? state.totals : state.line, x1, x2);
  const predicted = classifyPoint(isPerceptron ? state.totals : state.line, x1, x2);
  const output = isPerceptron ? predicted : sigmoid(z);
  // Perceptron: the error t − ŷ is 0 or ±1; gradient: −(y − t), the downhill direction.
  const error = target - output;
  const eta = options.learningRate;
  if (isPerceptron) {
    const { w1, w2, bias } = state.totals;
    const totals = { w1: w1 + error * x1, w2: w2 + error * x2, bias: bias + error };
    state.totals = totals;
    state.line = { w1: eta * totals.w1, w2: eta * totals.w2, bias: eta * totals.bias };
  } else {
    const { w1, w2, bias } = state.line;
    state.line = { w1: w1 + eta * error * x1, w2: w2 + eta * error * x2, bias: bias + eta * error };
  }
  const wasMistake = predicted !== target;
  if (wasMistake) state.mistakesThisPass++;
  state.last = { example, output, target, wasMistake };
  state.steps++;
  if (state.steps % dataset.count === 0) endPassInPlace(state);
}

function endPassInPlace(state: LearnerState): void {
  state.passes++;
  state.lastPassMistakes = state.mistakesThisPass;
  state.mistakesThisPass = 0;
  state.order = passOrder(state.dataset.count, state.options, state.rng);
}

/** The order of one pass: shuffled by the seed, or the dataset's own order. */
function passOrder(count: number, options: LearnerOptions, rng: Rng): number[] {
  return options.isShuffled === false ? Array.from({ length: count }, (_, i) => i) : permutation(count, rng);
}

/** True once a perceptron has made a whole pass without a mistake; its line will never move again. */
export function hasSettled(state: LearnerState): boolean {
  return state.options.rule === 'perceptron' && state.lastPassMistakes === 0;
}

/** Mean cross-entropy of the sigmoid neuron over the dataset (natural log). */
export function meanCrossEntropy(line: Line, dataset: Dataset): number {
  let total = 0;
  for (let i = 0; i < dataset.count; i++) {
    const z = lineValue(line, dataset.inputs[2 * i], dataset.inputs[2 * i + 1]);
    // −ln σ(z) = softplus(−z) and −ln(1 − σ(z)) = softplus(z), stable for large |z|.
    total += dataset.targets[i] === 1 ? softplus(-z) : softplus(z);
  }
  return total / dataset.count;
}

/** Index of the example the next step will visit. */
export function nextExample(state: LearnerState): number {
  return state.order[state.steps % state.dataset.count];
}

/**
 * The line the learner decides with: a perceptron's totals (its line divided by η, the same
 * line, exact on integer inputs), or a sigmoid neuron's parameters.
 */
export function decisionLine(state: LearnerState): Line {
  return state.options.rule === 'perceptron' ? state.totals : state.line;
}

/** Points the current line gets wrong. */
export function currentMistakes(state: LearnerState): number {
  return countMistakes(decisionLine(state), state.dataset);
}
