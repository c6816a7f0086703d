/**
 * A sequential model together with its numbers: the spec, the flat parameter
 * buffer (layout in `layers/parameter-layout.ts`) and ways to set and read it.
 * It sits above both `layers/` (the plain specs) and `compiled/` (which predicts
 * with them), so neither of those two folders needs the other's back door.
 */
import { EngineError } from '../errors';
import type { Rng } from '../random';
import { compileModel } from '../compiled/compiled-model';
import { initializeModelInPlace } from '../layers/initialize-model';
import { parameterLayout, type ParameterLayout } from '../layers/parameter-layout';
import { inputSizeOf, outputSizeOf, type SequentialSpec } from '../layers/sequential';

/** Given numbers for one layer: W as rows (one per output unit) and optionally b. */
export interface LayerValues {
  readonly weights: readonly (readonly number[])[];
  readonly bias?: readonly number[];
}

/** A model and its parameters. */
export class Mlp {
  readonly spec: SequentialSpec;
  readonly layout: ParameterLayout;
  /** Every parameter, per layer W ([out, in] row-major) then b. */
  readonly parameters: Float64Array;

  /** A model with all parameters zero; fill them with `initializeInPlace` or `setParameters`. */
  constructor(spec: SequentialSpec) {
    this.spec = spec;
    this.layout = parameterLayout(spec);
    this.parameters = new Float64Array(this.layout.size);
  }

  /** Number of learned numbers. */
  get parameterCount(): number {
    return this.layout.size;
  }

  /** Draws fresh parameters from the layers' init specs. */
  initializeInPlace(rng: Rng): this {
    initializeModelInPlace(this.spec, this.parameters, rng);
    return this;
  }

  /** Copies a flat buffer in the documented layout. */
  setParameters(values: ArrayLike<number>): this {
    if (values.length !== this.layout.size) {
      throw new EngineError('setParameters', `values must hold ${this.layout.size} numbers, got ${values.length}`);
    }
    this.parameters.set(values);
    return this;
  }

  /** Copies one layer's W (rows = output units) and b; a layer with a bias and no `bias` gets zeros. */
  setLayer(index: number, values: LayerValues): this {
    const layer = this.spec.layers[index];
    if (layer === undefined) {
      throw new EngineError('setLayer', `index must be from 0 to ${this.spec.layers.length - 1}, got ${index}`);
    }
    const slot = this.layout.slots[index];
    const rows = values.weights.length;
    const cols = rows === 0 ? 0 : values.weights[0].length;
    if (rows !== layer.outputSize || values.weights.some((row) => row.length !== layer.inputSize)) {
      throw new EngineError(
        'setLayer',
        `weights of layer ${index} must be [${layer.outputSize}, ${layer.inputSize}], got [${rows}, ${cols}]`,
      );
    }
    if (values.bias !== undefined && values.bias.length !== slot.biasCount) {
      throw new EngineError('setLayer', `bias of layer ${index} must hold ${slot.biasCount} numbers, got ${values.bias.length}`);
    }
    // Both checks pass before anything is written, so a rejected call leaves the model as it was.
    values.weights.forEach((row, o) => this.parameters.set(row, slot.weightOffset + o * layer.inputSize));
    if (slot.biasOffset >= 0) {
      this.parameters.fill(0, slot.biasOffset, slot.biasOffset + slot.biasCount);
      if (values.bias !== undefined) this.parameters.set(values.bias, slot.biasOffset);
    }
    return this;
  }

  /** The model's outputs for `count` row-major input rows, [count, outputSize]. */
  predict(inputs: Float64Array, count: number): Float64Array {
    const inputSize = inputSizeOf(this.spec);
    if (inputs.length < count * inputSize) {
      throw new EngineError('predict', `inputs must hold ${count} × ${inputSize} numbers, got ${inputs.length}`);
    }
    const outputs = new Float64Array(count * outputSizeOf(this.spec));
    if (count === 0) return outputs;
    const program = compileModel(this.spec, { loss: 'mse', maxRows: count, parameters: this.parameters });
    program.inputs.set(inputs.subarray(0, count * inputSize));
    program.forward(count);
    outputs.set(program.outputs.subarray(0, outputs.length));
    return outputs;
  }
}
