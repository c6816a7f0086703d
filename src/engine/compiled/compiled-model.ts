/**
 * The fast path: a sequential model recorded once into a list of dense steps
 * with preallocated buffers, then replayed for every batch. A training step
 * allocates nothing: no tensors, closures or graph nodes.
 *
 * Parameters and gradients are two flat Float64Arrays with the layout of
 * `parameterLayout` (per layer W as [out, in] row-major, then b), so an
 * optimizer updates a model in one loop. Batches are row-major: row r of
 * `inputs` is example r, row r of `targets` its target.
 */
import { EngineError } from '../errors';
import { parameterLayout, type ParameterLayout } from '../layers/parameter-layout';
import { inputSizeOf, outputSizeOf, type SequentialSpec } from '../layers/sequential';
import { DenseStep } from './dense-step';
import {
  lossForwardBackward,
  sigmoidCrossEntropyInPlace,
  type FastLossName,
} from './loss-kernels';

/** Options of {@link compileModel}. */
export interface CompileOptions {
  readonly loss: FastLossName;
  /** Largest batch the buffers hold. */
  readonly maxRows: number;
  /** Share this parameter buffer (for example with a second, evaluation-sized program). */
  readonly parameters?: Float64Array;
}

/** A model recorded for replay. Create one with {@link compileModel}. */
export class CompiledModel {
  readonly spec: SequentialSpec;
  readonly layout: ParameterLayout;
  readonly loss: FastLossName;
  readonly maxRows: number;
  readonly parameters: Float64Array;
  readonly gradients: Float64Array;
  /** Input rows of the next batch, [maxRows, inputSize]. */
  readonly inputs: Float64Array;
  /** Target rows of the next batch, [maxRows, outputSize]. */
  readonly targets: Float64Array;
  /** The network's outputs after `forward`, [maxRows, outputSize]. */
  readonly outputs: Float64Array;
  private readonly steps: readonly DenseStep[];
  /** True when the last sigmoid and BCE are fused: the loss writes dz = (a − y)/n itself. */
  private readonly isFused: boolean;

  constructor(spec: SequentialSpec, options: CompileOptions) {
    const { loss, maxRows } = options;
    if (!Number.isInteger(maxRows) || maxRows < 1) {
      throw new EngineError('compileModel', `maxRows must be a positive integer, got ${maxRows}`);
    }
    this.spec = spec;
    this.layout = parameterLayout(spec);
    this.loss = loss;
    this.maxRows = maxRows;
    this.parameters = options.parameters ?? new Float64Array(this.layout.size);
    if (this.parameters.length !== this.layout.size) {
      throw new EngineError(
        'compileModel',
        `parameters must hold ${this.layout.size} numbers for this model, got ${this.parameters.length}`,
      );
    }
    this.gradients = new Float64Array(this.layout.size);
    this.inputs = new Float64Array(maxRows * inputSizeOf(spec));
    this.targets = new Float64Array(maxRows * outputSizeOf(spec));
    this.steps = spec.layers.map(
      (layer, i) => new DenseStep(layer, this.layout.slots[i], this.parameters, this.gradients, maxRows),
    );
    const last = this.steps[this.steps.length - 1];
    this.outputs = last.a;
    if (loss === 'bce' && last.activation !== 'sigmoid') {
      throw new EngineError(
        'compileModel',
        `loss bce expects a sigmoid output layer, got ${last.activation}; use bceWithLogits on raw scores`,
      );
    }
    this.isFused = loss === 'bce';
  }

  /** Layer `index`'s outputs a = f(z) from the last forward pass, [maxRows, units]. */
  layerOutputs(index: number): Float64Array {
    return this.steps[index].a;
  }

  /** Layer `index`'s gradient dL/dz from the last `computeGradients`, [maxRows, units]. */
  layerGradients(index: number): Float64Array {
    return this.steps[index].dz;
  }

  /** Runs the first `rows` rows of `inputs` through every layer into `outputs`. */
  forward(rows: number): void {
    const steps = this.steps;
    let x = this.inputs;
    for (let i = 0; i < steps.length; i++) {
      steps[i].forward(x, rows);
      x = steps[i].a;
    }
  }

  /** Mean loss of the last forward pass against `targets`, without gradients. */
  lossOnly(rows: number): number {
    const last = this.steps[this.steps.length - 1];
    const out = this.isFused ? last.z : last.a;
    return lossForwardBackward(this.loss, out, last.a, this.targets, null, rows, last.outputSize);
  }

  /**
   * One forward and backward pass over the first `rows` rows: fills `gradients`
   * with dL/dθ and returns the batch's mean loss (computed before any update).
   * With `isLossNeeded` false the loss is skipped where that saves work (the
   * logarithms of sigmoid + BCE): the result is then 0 when the loss is finite,
   * and the loss itself (NaN or ±Infinity) when it is not, so divergence is still seen.
   */
  computeGradients(rows: number, isLossNeeded = true): number {
    const steps = this.steps;
    const last = steps[steps.length - 1];
    let x = this.inputs;
    for (let i = 0; i < steps.length - 1; i++) {
      steps[i].forward(x, rows);
      x = steps[i].a;
    }
    let loss: number;
    if (this.isFused) {
      last.linear(x, rows);
      const n = rows * last.outputSize;
      const result = sigmoidCrossEntropyInPlace(last.z, last.a, this.targets, last.dz, n, isLossNeeded);
      if (isLossNeeded) loss = result;
      else loss = Number.isFinite(result) ? 0 : this.lossOnly(rows);
    } else {
      last.forward(x, rows);
      loss = lossForwardBackward(this.loss, last.a, last.a, this.targets, last.da, rows, last.outputSize);
      if (!isLossNeeded && Number.isFinite(loss)) loss = 0;
      last.activationBackward(rows);
    }
    for (let i = steps.length - 1; i >= 0; i--) {
      const step = steps[i];
      // A ReLU layer's dz was written, already masked, by the layer above.
      if (i < steps.length - 1 && !step.isRelu) step.activationBackward(rows);
      const below = i === 0 ? null : steps[i - 1];
      step.parameterBackward(below === null ? this.inputs : below.a, below, rows);
    }
    return loss;
  }
}

/** Records `spec` for the fast path with buffers for batches of up to `maxRows` rows. */
export function compileModel(spec: SequentialSpec, options: CompileOptions): CompiledModel {
  return new CompiledModel(spec, options);
}
