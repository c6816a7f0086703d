/**
 * One recorded dense layer of the fast path: the layer's buffers, allocated once,
 * and its forward and backward pass over them.
 *
 *   forward   z = x Wᵀ + b,  a = f(z)                  (x is [rows, in])
 *   backward  dz = da ⊙ f'(z)
 *             dW = dzᵀ x,  db = Σ_rows dz,  dx = dz W  (dx only below the first layer)
 * Each product has its own register-blocked kernel, so nothing is transposed.
 * ReLU is done inside the products: the forward kernel stores a = max(z, 0) beside z,
 * and the layer above writes a ReLU layer's dz directly, masked by its a.
 */
import type { ActivationName } from '../activations';
import type { DenseSpec } from '../layers/dense';
import type { LayerSlot } from '../layers/parameter-layout';
import { activateInPlace, activationBackwardInPlace } from './activation-kernels';
import { sumRowsInPlace } from './bias-kernels';
import { denseForwardInPlace } from './forward-kernel';
import { inputGradientInPlace } from './input-gradient-kernel';
import { weightGradientInPlace } from './weight-gradient-kernel';

/** A dense layer's place in a compiled model, with every buffer it needs. */
export class DenseStep {
  readonly inputSize: number;
  readonly outputSize: number;
  readonly activation: ActivationName;
  /** ReLU layers get their activation and its slope inside the product kernels. */
  readonly isRelu: boolean;
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
    this.isRelu = layer.activation === 'relu';
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
    const { inputSize, outputSize } = this;
    denseForwardInPlace(x, this.weights, this.bias, this.z, this.isRelu ? this.a : null, rows, outputSize, inputSize);
    if (!this.isRelu) activateInPlace(this.activation, this.z, this.a, rows * outputSize);
  }

  /** z = x Wᵀ + b only; the fused sigmoid + BCE loss computes a itself. */
  linear(x: Float64Array, rows: number): void {
    denseForwardInPlace(x, this.weights, this.bias, this.z, null, rows, this.outputSize, this.inputSize);
  }

  /**
   * dz = da ⊙ f'(z), when da came from the loss. Not needed when the loss wrote dz
   * itself (sigmoid fused into BCE), nor for a ReLU layer under another layer, whose
   * dz that layer's {@link parameterBackward} wrote.
   */
  activationBackward(rows: number): void {
    activationBackwardInPlace(this.activation, this.z, this.a, this.da, this.dz, rows * this.outputSize);
  }

  /**
   * dW and db from dz and the layer's input x; then, when there is a layer `below`,
   * the gradient dx = dz W it receives: as its dz directly when it is a ReLU
   * (masked by its outputs), otherwise as its da.
   */
  parameterBackward(x: Float64Array, below: DenseStep | null, rows: number): void {
    const { inputSize, outputSize } = this;
    weightGradientInPlace(this.dz, x, this.weightGrad, rows, outputSize, inputSize);
    if (this.biasGrad !== null) sumRowsInPlace(this.dz, this.biasGrad, rows, outputSize);
    if (below === null) return;
    const target = below.isRelu ? below.dz : below.da;
    inputGradientInPlace(this.dz, this.weights, target, below.isRelu ? below.a : null, rows, outputSize, inputSize);
  }
}
