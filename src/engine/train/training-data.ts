/**
 * The examples a training run reads, and how a batch of them is copied into
 * the fast path's input and target buffers.
 */
import { compileModel, type CompiledModel } from '../compiled/compiled-model';
import type { FastLossName } from '../compiled/loss-kernels';
import type { Dataset } from '../data/dataset';
import { EngineError } from '../errors';
import { outputSizeOf, type SequentialSpec } from '../layers/sequential';

/**
 * Copies the examples `order[start]`, …, `order[start + rows − 1]` into the batch buffers.
 * When `outputSize` > `targetSize` = 1, the target is a class index and becomes a one-hot row.
 */
export function loadRowsInPlace(
  data: Dataset,
  order: Int32Array,
  start: number,
  rows: number,
  inputs: Float64Array,
  targets: Float64Array,
  outputSize: number,
): void {
  const { inputSize, targetSize } = data;
  const isOneHot = targetSize === 1 && outputSize > 1;
  for (let r = 0; r < rows; r++) {
    const example = order[start + r];
    for (let k = 0; k < inputSize; k++) inputs[r * inputSize + k] = data.inputs[example * inputSize + k];
    if (isOneHot) {
      targets.fill(0, r * outputSize, (r + 1) * outputSize);
      targets[r * outputSize + data.targets[example]] = 1;
    } else {
      for (let k = 0; k < targetSize; k++) targets[r * targetSize + k] = data.targets[example * targetSize + k];
    }
  }
}

/** Throws unless the data fits a model with these input and output sizes. */
export function assertTrainingData(data: Dataset, inputSize: number, outputSize: number): void {
  if (!Number.isInteger(data.count) || data.count < 1) {
    throw new EngineError('train', `data.count must be a positive integer, got ${data.count}`);
  }
  if (data.inputSize !== inputSize) {
    throw new EngineError('train', `data has ${data.inputSize} inputs per example but the model takes ${inputSize}`);
  }
  if (data.targetSize !== outputSize && !(data.targetSize === 1 && outputSize > 1)) {
    throw new EngineError('train', `data has ${data.targetSize} targets per example but the model gives ${outputSize}`);
  }
  if (data.inputs.length < data.count * inputSize || data.targets.length < data.count * data.targetSize) {
    throw new EngineError('train', `data buffers are shorter than count × size (count ${data.count})`);
  }
  if (data.targetSize === 1 && outputSize > 1) {
    for (let i = 0; i < data.count; i++) {
      const label = data.targets[i];
      if (!Number.isInteger(label) || label < 0 || label >= outputSize) {
        throw new EngineError('train', `class label of example ${i} must be an integer from 0 to ${outputSize - 1}, got ${label}`);
      }
    }
  }
}

/** A program that holds every example of `data` at once, sharing `parameters`: for evaluation. */
export function compileForData(
  spec: SequentialSpec,
  loss: FastLossName,
  parameters: Float64Array,
  data: Dataset,
): CompiledModel {
  const program = compileModel(spec, { loss, maxRows: data.count, parameters });
  const all = Int32Array.from({ length: data.count }, (_, i) => i);
  loadRowsInPlace(data, all, 0, data.count, program.inputs, program.targets, outputSizeOf(spec));
  return program;
}
