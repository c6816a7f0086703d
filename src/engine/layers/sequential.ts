/**
 * A model as a chain of dense layers, and the `mlp` builder that makes one from
 * layer sizes. Each layer's inputs are the previous layer's outputs.
 */
import type { ActivationName } from '../activations';
import { EngineError } from '../errors';
import type { InitSpec } from '../init';
import { assertLayerSize, dense, denseParameterCount, type DenseSpec } from './dense';

/** A sequential model, as plain data. */
export interface SequentialSpec {
  readonly kind: 'sequential';
  readonly layers: readonly DenseSpec[];
}

/** Options of {@link mlp}. */
export interface MlpOptions {
  /** Activation of every hidden layer (default relu). */
  readonly hidden?: ActivationName;
  /** Activation of the output layer (default identity). */
  readonly output?: ActivationName;
  /** Weight initialization of every layer. */
  readonly init?: InitSpec;
  /** Bias initialization of every layer that has a bias. */
  readonly biasInit?: InitSpec;
  /** Whether hidden layers add a bias (default true). */
  readonly hiddenBias?: boolean;
  /** Whether the output layer adds a bias (default true). */
  readonly outputBias?: boolean;
}

/** Chains layers into a model; each layer must take the previous one's outputs. */
export function sequential(layers: readonly DenseSpec[]): SequentialSpec {
  if (layers.length === 0) throw new EngineError('sequential', 'layers must hold at least one layer, got 0');
  for (let i = 1; i < layers.length; i++) {
    if (layers[i].inputSize !== layers[i - 1].outputSize) {
      throw new EngineError(
        'sequential',
        `layer ${i + 1} takes ${layers[i].inputSize} inputs but layer ${i} gives ${layers[i - 1].outputSize}`,
      );
    }
  }
  return { kind: 'sequential', layers: layers.slice() };
}

/**
 * A multilayer perceptron from layer sizes: `mlp([2, 10, 5, 1], { hidden: 'relu',
 * output: 'sigmoid' })` is 2 inputs → 10 relu → 5 relu → 1 sigmoid.
 */
export function mlp(sizes: readonly number[], options: MlpOptions = {}): SequentialSpec {
  if (sizes.length < 2) {
    throw new EngineError('mlp', `sizes must list the inputs and at least one layer, got [${sizes.join(', ')}]`);
  }
  sizes.forEach((size, i) => assertLayerSize('mlp', `sizes[${i}]`, size));
  const layers: DenseSpec[] = [];
  for (let i = 1; i < sizes.length; i++) {
    const isOutput = i === sizes.length - 1;
    layers.push(
      dense(sizes[i - 1], sizes[i], {
        activation: isOutput ? (options.output ?? 'identity') : (options.hidden ?? 'relu'),
        bias: isOutput ? (options.outputBias ?? true) : (options.hiddenBias ?? true),
        init: options.init,
        biasInit: options.biasInit,
      }),
    );
  }
  return sequential(layers);
}

/** Total number of learned numbers in the model. */
export function parameterCount(model: SequentialSpec): number {
  return model.layers.reduce((total, layer) => total + denseParameterCount(layer), 0);
}

/** Number of inputs the model takes. */
export function inputSizeOf(model: SequentialSpec): number {
  return model.layers[0].inputSize;
}

/** Number of outputs the model gives. */
export function outputSizeOf(model: SequentialSpec): number {
  return model.layers[model.layers.length - 1].outputSize;
}
