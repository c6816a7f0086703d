/**
 * Checks that the parts of a train job fit one another: the data's inputs and
 * labels match the model's sizes, exact parameters match the model's count, the
 * loss suits the output layer, and a decision boundary has a 2-D plane to draw.
 * Each field alone was checked before; these are the errors that need two fields.
 */
import { parameterLayout } from '../layers/parameter-layout';
import { buildModel } from './build-job';
import { counted, fail } from './parse-fields';
import type { DataSpec, TrainJobSpec } from './job-specs';

/** Inputs per example a data spec gives: every generator draws points in the plane. */
function inputCount(data: DataSpec): number {
  return data.kind === 'points' ? data.inputs[0].length : 2;
}

/** Throws the standard parseJobSpec message for the first pair of fields that disagree. */
export function assertJobFits(job: TrainJobSpec, prefix: string): void {
  const { sizes, activations } = job.model;
  const inputs = inputCount(job.data);
  if (sizes[0] !== inputs) fail(`${prefix}model.sizes[0]`, `${inputs} (the inputs per example of data)`, sizes[0]);
  if (job.test !== undefined && inputCount(job.test) !== inputs) {
    fail(`${prefix}test`, `examples with ${inputs} inputs like data`, `${inputCount(job.test)} inputs`, true);
  }
  const outputs = sizes[sizes.length - 1];
  const outputField = `${prefix}model.sizes[${sizes.length - 1}]`;
  // Hinge turns 0/1 labels into −1/+1 scores of one output; several outputs would read them as class indices.
  if (job.loss === 'hinge' && outputs !== 1) fail(outputField, '1 output for loss hinge (labels −1 and +1)', outputs);
  if (outputs > 1) {
    assertLabels(job.data, `${prefix}data`, outputs, outputField);
    if (job.test !== undefined) assertLabels(job.test, `${prefix}test`, outputs, outputField);
  }
  const last = activations[activations.length - 1];
  if (job.loss === 'bce' && last !== 'sigmoid') {
    fail(`${prefix}model.activations[${activations.length - 1}]`, 'sigmoid for loss bce (or loss bceWithLogits on raw scores)', last, true);
  }
  if (job.parameters !== undefined) {
    const size = parameterLayout(buildModel(job)).size;
    if (job.parameters.length !== size) fail(`${prefix}parameters`, `${counted(size, 'number')} for this model`, counted(job.parameters.length, 'number'), true);
  }
  if (job.report.boundary !== undefined && inputs !== 2) {
    fail(`${prefix}report.boundary`, 'data with 2 inputs (a plane to draw)', `${inputs} inputs`, true);
  }
}

/** With several outputs, labels are class indices: each must name one of the outputs. */
function assertLabels(data: DataSpec, field: string, outputs: number, outputField: string): void {
  if (data.kind === 'points') {
    data.targets.forEach((label, i) => {
      if (!Number.isInteger(label) || label < 0 || label >= outputs) {
        fail(`${field}.targets[${i}]`, `a class index from 0 to ${outputs - 1} (one per output)`, label);
      }
    });
    return;
  }
  const classes = data.kind !== 'blobs' ? 2 : typeof data.centers === 'number' ? data.centers : data.centers.length;
  if (classes > outputs) fail(outputField, `at least ${classes} outputs (one per class of ${field})`, outputs);
}
