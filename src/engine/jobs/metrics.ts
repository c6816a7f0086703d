/**
 * What a training job measures for its reports: accuracy, the model's output
 * over a grid (the decision boundary), and per-layer statistics.
 */
import type { CompiledModel } from '../compiled/compiled-model';
import type { FastLossName } from '../compiled/loss-kernels';
import { sigmoid } from '../activations';
import { accuracy, type AccuracyRule } from '../data/accuracy';
import type { Dataset } from '../data/dataset';
import { outputSizeOf } from '../layers/sequential';
import type { LayerStats, ReportSpec } from './job-specs';

/** Index of the largest of `width` numbers starting at `offset`. */
function argmax(values: Float64Array, offset: number, width: number): number {
  let best = 0;
  for (let k = 1; k < width; k++) if (values[offset + k] > values[offset + best]) best = k;
  return best;
}

/**
 * Fraction of examples classified right, after `program.forward(data.count)`.
 * One output: class 1 when the output passes 0.5 (probabilities, regression on 0/1)
 * or 0 (logits, hinge scores), or reaches it under the rule 'atLeast' (the default).
 * Several outputs: the largest one is the class.
 */
export function accuracyOf(program: CompiledModel, data: Dataset, loss: FastLossName, rule: AccuracyRule = 'atLeast'): number {
  const width = outputSizeOf(program.spec);
  const outputs = program.outputs.subarray(0, data.count * width);
  if (width === 1) {
    return accuracy(outputs, data.targets.subarray(0, data.count), loss === 'bceWithLogits' || loss === 'hinge' ? 0 : 0.5, rule);
  }
  let correct = 0;
  for (let i = 0; i < data.count; i++) {
    const label = data.targetSize === 1 ? data.targets[i] : argmax(data.targets, i * width, width);
    if (argmax(program.outputs, i * width, width) === label) correct++;
  }
  return correct / data.count;
}

/** Fills `program.inputs` with the grid's points, row j at y = yMin + j·Δy, column i at x = xMin + i·Δx. */
export function loadGridInPlace(program: CompiledModel, grid: NonNullable<ReportSpec['boundary']>): void {
  const { resolution, extent } = grid;
  const [xMin, xMax, yMin, yMax] = extent;
  for (let j = 0; j < resolution; j++) {
    for (let i = 0; i < resolution; i++) {
      const row = j * resolution + i;
      program.inputs[2 * row] = xMin + ((xMax - xMin) * i) / (resolution - 1);
      program.inputs[2 * row + 1] = yMin + ((yMax - yMin) * j) / (resolution - 1);
    }
  }
}

/** The model over the loaded grid: P(class 1) for BCE losses, the argmax class for several outputs, else the output. */
export function boundaryValues(program: CompiledModel, points: number, loss: FastLossName): number[] {
  program.forward(points);
  const width = outputSizeOf(program.spec);
  const values = new Array<number>(points);
  for (let p = 0; p < points; p++) {
    if (width > 1) values[p] = argmax(program.outputs, p * width, width);
    else values[p] = loss === 'bceWithLogits' ? sigmoid(program.outputs[p]) : program.outputs[p];
  }
  return values;
}

function meanAndStd(values: Float64Array): [number, number] {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  const mean = sum / values.length;
  let squares = 0;
  for (let i = 0; i < values.length; i++) squares += (values[i] - mean) * (values[i] - mean);
  return [mean, Math.sqrt(squares / values.length)];
}

/**
 * Per-layer statistics: activations over all `rows` examples of `evaluation` (after its
 * forward pass), weight gradients from `training`'s last backward pass. A relu unit is
 * dead when it outputs 0 for every example.
 */
export function layerStats(evaluation: CompiledModel, training: CompiledModel, rows: number): LayerStats[] {
  return evaluation.spec.layers.map((layer, index) => {
    const units = layer.outputSize;
    const outputs = evaluation.layerOutputs(index).subarray(0, rows * units);
    const [activationMean, activationStd] = meanAndStd(outputs);
    let dead = 0;
    if (layer.activation === 'relu') {
      for (let u = 0; u < units; u++) {
        let isDead = true;
        for (let r = 0; r < rows && isDead; r++) if (outputs[r * units + u] !== 0) isDead = false;
        if (isDead) dead++;
      }
    }
    const slot = training.layout.slots[index];
    const [weightGradMean, weightGradStd] = meanAndStd(
      training.gradients.subarray(slot.weightOffset, slot.weightOffset + slot.weightCount),
    );
    return { activationMean, activationStd, deadFraction: dead / units, weightGradMean, weightGradStd };
  });
}
