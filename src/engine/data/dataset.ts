/**
 * A dataset is two row-major blocks of numbers: inputs [count, inputSize] and
 * targets [count, targetSize]. The generators here make small 2-D problems
 * for the chapters; every one takes an `Rng`, so a seed fixes the data.
 */
import { EngineError } from '../errors';
import { permutation, type Rng } from '../random';

/** Examples as flat row-major blocks: example i is inputs[i·inputSize …] → targets[i·targetSize …]. */
export interface Dataset {
  readonly inputs: Float64Array;
  readonly targets: Float64Array;
  readonly count: number;
  readonly inputSize: number;
  readonly targetSize: number;
}

/** Throws unless `value` is a positive integer; `op` and `name` appear in the message. */
export function assertPositiveInteger(op: string, name: string, value: number): void {
  if (!Number.isInteger(value) || value <= 0) {
    throw new EngineError(op, `${name}: expected a positive integer, got ${value}`);
  }
}

/** Throws unless `value` is a finite number ≥ 0 (a noise level or a spread). */
export function assertNonNegative(op: string, name: string, value: number): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new EngineError(op, `${name}: expected a finite number ≥ 0, got ${value}`);
  }
}

/** Builds a dataset of 2-D points with one 0/1 (or class-index) target each. */
export function pointDataset(xs: readonly number[], ys: readonly number[], labels: readonly number[]): Dataset {
  const count = labels.length;
  const inputs = new Float64Array(2 * count);
  for (let i = 0; i < count; i++) {
    inputs[2 * i] = xs[i];
    inputs[2 * i + 1] = ys[i];
  }
  return { inputs, targets: Float64Array.from(labels), count, inputSize: 2, targetSize: 1 };
}

/** The examples of `dataset` at the given indices, in that order. */
export function selectExamples(dataset: Dataset, indices: readonly number[]): Dataset {
  const { inputSize, targetSize } = dataset;
  const inputs = new Float64Array(indices.length * inputSize);
  const targets = new Float64Array(indices.length * targetSize);
  indices.forEach((source, row) => {
    inputs.set(dataset.inputs.subarray(source * inputSize, (source + 1) * inputSize), row * inputSize);
    targets.set(dataset.targets.subarray(source * targetSize, (source + 1) * targetSize), row * targetSize);
  });
  return { inputs, targets, count: indices.length, inputSize, targetSize };
}

/**
 * The examples in a random order, then independent N(0, noise²) added to every input,
 * row by row, x before y (as NumPy fills a block): scikit-learn's order, shuffle first.
 */
export function shuffleThenAddNoise(ordered: Dataset, noise: number, rng: Rng): Dataset {
  const shuffled = selectExamples(ordered, permutation(ordered.count, rng));
  if (noise === 0) return shuffled;
  const inputs = shuffled.inputs;
  for (let i = 0; i < inputs.length; i++) inputs[i] += rng.normal(0, noise);
  return shuffled;
}
