/**
 * One recorded dense layer of the fast path: the layer's buffers, allocated once,
 * and its forward and backward pass over them.
 *
 *   forward   z = x Wᵀ + b,  a = f(z)                  (x is [rows, in])
 *   backward  dz = da ⊙ f'(z)
 *             dW = dzᵀ x,  db = Σ_rows dz,  dx = dz W  (dx only below the first layer)
 * Each product has its own register-blocked kernel, so nothing is transposed.
 */
import type { ActivationName } from '../activations';
import type { DenseSpec } from '../layers/dense';
import type { LayerSlot } from '../layers/parameter-layout';
import { activateInPlace, activationBackwardInPlace } from './activation-kernels';
import { addBiasInPlace, sumRowsInPlace } from './bias-kernels';
import { multiplyFirstTransposedInPlace, multiplyInPlace, multiplyTransposedInPlace } from './matmul-kernels';

/** A dense layer's place in a compiled model, with every buffer it needs. */
export class DenseStep {
  readonly inputSize: number;
  readonly outputSize: number;
  readonly activation: ActivationName;
  readonly weights: Float64Array;
  readonly bias: Float64Array | null;
  readonly weightGrad: Float64Array;
  readonly biasGrad: Float64Array | null;
  /** Pre-activations z, [maxRows, out]. */
  readonly z: Float64Array;
  /** Outputs a = f(z), [maxRows, out]; the same buffer as z for identity. */
  readonly a: Float64Array;
  /** dL/da, written by the layer above or the loss. */
  readonly da: Float64Array;
  /** dL/dz; the same buffer as da for identity. */
  readonly dz: Float64Array;

  constructor(
    layer: DenseSpec,
    slot: LayerSlot,
    parameters: Float64Array,
    gradients: Float64Array,
    maxRows: number,
  ) {
    const { inputSize, outputSize } = layer;
    this.inputSize = inputSize;
    this.outputSize = outputSize;
    this.activation = layer.activation;
    const weightEnd = slot.weightOffset + slot.weightCount;
    this.weights = parameters.subarray(slot.weightOffset, weightEnd);
    this.weightGrad = gradients.subarray(slot.weightOffset, weightEnd);
    const biasEnd = slot.biasOffset + slot.biasCount;
    this.bias = slot.biasOffset < 0 ? null : parameters.subarray(slot.biasOffset, biasEnd);
    this.biasGrad = slot.biasOffset < 0 ? null : gradients.subarray(slot.biasOffset, biasEnd);
    const isIdentity = layer.activation === 'identity';
    this.z = new Float64Array(maxRows * outputSize);
    this.a = isIdentity ? this.z : new Float64Array(maxRows * outputSize);
    this.da = new Float64Array(maxRows * outputSize);
    this.dz = isIdentity ? this.da : new Float64Array(maxRows * outputSize);
  }

  /** z = x Wᵀ + b and a = f(z) for the first `rows` rows of x. */
  forward(x: Float64Array, rows: number): void {
    this.linear(x, rows);
    activateInPlace(this.activation, this.z, this.a, rows * this.outputSize);
  }

  /** z = x Wᵀ + b only; the fused sigmoid + BCE loss computes a itself. */
  linear(x: Float64Array, rows: number): void {
    multiplyTransposedInPlace(x, this.weights, this.z, rows, this.outputSize, this.inputSize);
    if (this.bias !== null) addBiasInPlace(this.z, this.bias, rows, this.outputSize);
  }

  /** dz = da ⊙ f'(z); skipped when the loss wrote dz directly (sigmoid fused into BCE). */
  activationBackward(rows: number): void {
    activationBackwardInPlace(this.activation, this.z, this.a, this.da, this.dz, rows * this.outputSize);
  }

  /** dW and db from dz and the layer's input x; dx = dz W when `dx` is not null. */
  parameterBackward(x: Float64Array, dx: Float64Array | null, rows: number): void {
    const { inputSize, outputSize } = this;
    multiplyFirstTransposedInPlace(this.dz, x, this.weightGrad, rows, outputSize, inputSize);
    if (this.biasGrad !== null) sumRowsInPlace(this.dz, this.biasGrad, rows, outputSize);
    if (dx === null) return;
    multiplyInPlace(this.dz, this.weights, dx, rows, outputSize, inputSize);
  }
}
