/**
 * One neuron's forward pass, kept in its three steps so a figure can show each one:
 *
 *   products  a_i = x_i · w_i
 *   sum       z = a_1 + … + a_n + b     (exact on the decimals: a sum that cancels is exactly 0)
 *   output    y = f(z)
 *
 * The slope f'(z) comes along, since the figures mark it and learning needs it.
 */
import { ACTIVATIONS, type ActivationName } from '../activations';
import { EngineError } from '../errors';
import { exactWeightedSum } from './exact-sum';

/** The inputs of a single neuron. */
export interface NeuronSettings {
  readonly values: readonly number[];
  readonly weights: readonly number[];
  readonly bias: number;
  readonly activation: ActivationName;
}

/** Every intermediate of the forward pass. */
export interface NeuronSteps {
  readonly products: readonly number[];
  readonly z: number;
  readonly y: number;
  readonly slope: number;
}

/** Runs one neuron on one input vector and returns each step. */
export function neuronForward(settings: NeuronSettings): NeuronSteps {
  const { values, weights, bias, activation } = settings;
  if (values.length !== weights.length) {
    throw new EngineError(
      'neuronForward',
      `values has ${values.length} entries and weights has ${weights.length}; each input needs one weight`,
    );
  }
  const products = values.map((x, i) => x * weights[i]);
  // Float64 leaves 1 + 0.4 − 0.6 − 0.8 at −1.1e−16; summed exactly on the decimals it is 0, so step(0) = 1
  // as the chapter states, while a true −1e−13 stays negative.
  const z = exactWeightedSum(weights, values, bias);
  const formula = ACTIVATIONS[activation];
  const y = formula.value(z);
  return { products, z, y, slope: formula.slope(z, y) };
}

/** `count` evenly spaced points (z, f(z)) and (z, f'(z)) on [from, to], for plotting an activation. */
export function sampleActivation(
  activation: ActivationName,
  from: number,
  to: number,
  count: number,
): { values: [number, number][]; slopes: [number, number][] } {
  if (!(to > from) || !Number.isInteger(count) || count < 2) {
    throw new EngineError('sampleActivation', `expected from < to and an integer count ≥ 2, got [${from}, ${to}] and ${count}`);
  }
  const formula = ACTIVATIONS[activation];
  const values: [number, number][] = [];
  const slopes: [number, number][] = [];
  for (let i = 0; i < count; i++) {
    const z = from + ((to - from) * i) / (count - 1);
    const y = formula.value(z);
    values.push([z, y]);
    slopes.push([z, formula.slope(z, y)]);
  }
  return { values, slopes };
}
