/** Turns a checked train job spec into its dataset, model and starting parameters. */
import { makeBlobs, makeCircles, makeMoons, makeSpirals, makeXor } from '../data/index';
import type { Dataset } from '../data/dataset';
import type { InitSpec } from '../init';
import { dense } from '../layers/dense';
import { initializeModelInPlace } from '../layers/initialize-model';
import { parameterLayout } from '../layers/parameter-layout';
import { sequential, type SequentialSpec } from '../layers/sequential';
import { createRng, type Rng } from '../random';
import type { DataSpec, TrainJobSpec } from './job-specs';

/** The examples a data spec describes, each generator seeded by the spec's own seed. */
export function buildDataset(spec: DataSpec): Dataset {
  switch (spec.kind) {
    case 'xor':
      return makeXor();
    case 'circles':
      return makeCircles(spec, createRng(spec.seed));
    case 'moons':
      return makeMoons(spec, createRng(spec.seed));
    case 'blobs':
      return makeBlobs(spec, createRng(spec.seed));
    case 'spirals':
      return makeSpirals(spec, createRng(spec.seed));
    case 'points': {
      const inputSize = spec.inputs[0].length;
      return {
        inputs: Float64Array.from(spec.inputs.flat()),
        targets: Float64Array.from(spec.targets),
        count: spec.targets.length,
        inputSize,
        targetSize: 1,
      };
    }
  }
}

/** The job's model as a sequential spec, with each layer's init. */
export function buildModel(job: TrainJobSpec): SequentialSpec {
  const { sizes, activations, bias } = job.model;
  const pick = (value: InitSpec | readonly InitSpec[] | undefined, i: number) =>
    value === undefined ? undefined : Array.isArray(value) ? (value as readonly InitSpec[])[i] : (value as InitSpec);
  return sequential(
    activations.map((activation, i) =>
      dense(sizes[i], sizes[i + 1], {
        activation,
        bias: bias === undefined ? true : typeof bias === 'boolean' ? bias : bias[i],
        init: pick(job.init, i),
        biasInit: pick(job.biasInit, i),
      }),
    ),
  );
}

/**
 * The starting parameters: the given ones (parseJobSpec has checked their count),
 * or draws from `rng` (the job's seeded stream).
 */
export function buildParameters(job: TrainJobSpec, model: SequentialSpec, rng: Rng): Float64Array {
  const parameters = new Float64Array(parameterLayout(model).size);
  if (job.parameters === undefined) {
    initializeModelInPlace(model, parameters, rng);
    return parameters;
  }
  parameters.set(job.parameters);
  return parameters;
}

/**
 * The dataset as the loss wants its targets: hinge loss takes labels −1 and +1,
 * so 0/1 labels become t = 2·label − 1; every other loss takes them as they are.
 */
export function targetsForLoss(data: Dataset, loss: TrainJobSpec['loss']): Dataset {
  if (loss !== 'hinge' || !data.targets.every((t) => t === 0 || t === 1)) return data;
  return { ...data, targets: data.targets.map((t) => 2 * t - 1) };
}
