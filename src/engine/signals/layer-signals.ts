/**
 * One look inside a network: a forward and backward pass over a batch, then, for every
 * layer but the output, the statistics of its activations a and of the gradient dL/dz that
 * the backward pass brings to it. Reading from the output down, dL/dz shrinking layer after
 * layer is the vanishing gradient; growing, the exploding one.
 */
import type { ActivationName } from '../activations';
import type { CompiledModel } from '../compiled/compiled-model';
import { signalStatsOf, type SignalStats } from './signal-stats';

/** What one hidden layer's numbers look like, over every unit and example of the batch. */
export interface LayerSignals {
  /** Counted from 1, the layer nearest the inputs. */
  readonly layer: number;
  readonly activations: SignalStats;
  readonly gradients: SignalStats;
  /**
   * Share of activations where tanh or sigmoid is flat: its slope below 1/50 of its largest
   * (|a| > 0.99 for tanh), so almost no gradient passes back through them. 0 for other activations.
   */
  readonly saturatedFraction: number;
}

/** Below this share of its largest slope, an S-shaped activation counts as saturated. */
const FLAT_SLOPE = 1 / 50;

/** The share of the first `length` outputs of a tanh or sigmoid layer that sit where its slope is flat. */
export function saturatedFractionOf(activation: ActivationName, a: Float64Array, length: number): number {
  if ((activation !== 'tanh' && activation !== 'sigmoid') || length === 0) return 0;
  let flat = 0;
  for (let i = 0; i < length; i++) {
    const v = a[i];
    // Slopes read from the output: tanh' = 1 − a² (largest 1), sigmoid' = a(1 − a) (largest 1/4).
    const slope = activation === 'tanh' ? 1 - v * v : 4 * v * (1 - v);
    if (slope < FLAT_SLOPE) flat++;
  }
  return flat / length;
}

/**
 * The statistics of every layer below the output, for the first `rows` rows of the program's
 * inputs and targets. Runs `computeGradients`, so it overwrites the program's gradients.
 */
export function measureLayerSignals(program: CompiledModel, rows: number): LayerSignals[] {
  program.computeGradients(rows);
  const hidden = program.spec.layers.slice(0, -1);
  return hidden.map((layer, index) => {
    const length = rows * layer.outputSize;
    return {
      layer: index + 1,
      activations: signalStatsOf(program.layerOutputs(index), length),
      gradients: signalStatsOf(program.layerGradients(index), length),
      saturatedFraction: saturatedFractionOf(layer.activation, program.layerOutputs(index), length),
    };
  });
}
