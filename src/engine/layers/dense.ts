/**
 * Dense (fully connected) layer as a serialisable spec:
 *   z = W x + b,  a = f(z)
 * with W of shape [outputSize, inputSize] (row = one output unit), b of length
 * outputSize, and f an elementwise activation. The spec is plain data, so it
 * survives JSON and postMessage; the numbers live in the model's flat buffer.
 */
import { isActivationName, type ActivationName } from '../activations';
import { EngineError } from '../errors';
import type { InitSpec } from '../init';

/** One dense layer, as plain data. */
export interface DenseSpec {
  readonly kind: 'dense';
  readonly inputSize: number;
  readonly outputSize: number;
  readonly hasBias: boolean;
  readonly activation: ActivationName;
  /** How W is drawn; absent means the model's default (see `initializeModelInPlace`). */
  readonly init?: InitSpec;
  /** How b is drawn; absent means zeros. */
  readonly biasInit?: InitSpec;
}

/** Options of {@link dense}. */
export interface DenseOptions {
  /** Whether the layer adds a bias b (default true). */
  readonly bias?: boolean;
  /** Elementwise activation after W x + b (default identity). */
  readonly activation?: ActivationName;
  /** How W is drawn (default: U(±1/√inputSize), PyTorch's linear-layer default). */
  readonly init?: InitSpec;
  /** How b is drawn (default: zeros). */
  readonly biasInit?: InitSpec;
}

/** A dense layer from `inputSize` inputs to `outputSize` units. */
export function dense(inputSize: number, outputSize: number, options: DenseOptions = {}): DenseSpec {
  assertLayerSize('dense', 'inputSize', inputSize);
  assertLayerSize('dense', 'outputSize', outputSize);
  const activation = options.activation ?? 'identity';
  if (!isActivationName(activation)) {
    throw new EngineError('dense', `activation must be an activation name, got "${String(activation)}"`);
  }
  return {
    kind: 'dense',
    inputSize,
    outputSize,
    hasBias: options.bias ?? true,
    activation,
    ...(options.init === undefined ? {} : { init: options.init }),
    ...(options.biasInit === undefined ? {} : { biasInit: options.biasInit }),
  };
}

/** Number of numbers the layer learns: out·in weights plus out biases if it has them. */
export function denseParameterCount(layer: DenseSpec): number {
  return layer.outputSize * layer.inputSize + (layer.hasBias ? layer.outputSize : 0);
}

/** Throws unless `size` is a positive integer. */
export function assertLayerSize(op: string, field: string, size: number): void {
  if (!Number.isInteger(size) || size < 1) {
    throw new EngineError(op, `${field} must be a positive integer, got ${size}`);
  }
}
