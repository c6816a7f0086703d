import { describe, expect, test } from 'vitest';
import { parseJobSpec, runJob, type TrainJobSpec } from '../../../src/engine/index';

const job: TrainJobSpec = {
  kind: 'train',
  data: { kind: 'circles', count: 40, noise: 0.05, factor: 0.5, seed: 3 },
  model: { sizes: [2, 4, 1], activations: ['tanh', 'sigmoid'] },
  loss: 'bce',
  optimizer: { kind: 'sgd', learningRate: 0.1 },
  batch: { kind: 'full' },
  steps: 20,
  seed: 1,
  report: { every: 5 },
};

/** A copy of the valid job with some fields replaced (given as loose JSON, as a message would carry them). */
function withFields(fields: Record<string, unknown>): unknown {
  return { ...job, ...fields };
}

function messageOf(spec: unknown): string {
  try {
    parseJobSpec(spec);
  } catch (error) {
    return (error as Error).message;
  }
  return 'accepted';
}

const points = { kind: 'points', inputs: [[0, 0, 1], [1, 1, 0]], targets: [0, 1] };

/** One bad spec per field family, with the exact message it must produce. */
const BAD_SPECS: readonly (readonly [string, unknown, string])[] = [
  ['job', null, 'job: expected an object, got null (an empty value)'],
  ['kind', withFields({ kind: 'evaluate' }), 'kind: expected one of "train", "sweep", "signals", got "evaluate" (a string)'],
  [
    'data kind',
    withFields({ data: { kind: 'squares' } }),
    'data.kind: expected one of "circles", "moons", "xor", "blobs", "spirals", "points", got "squares" (a string)',
  ],
  [
    'data count',
    withFields({ data: { kind: 'circles', count: 0, noise: 0.05, factor: 0.5, seed: 3 } }),
    'data.count: expected an integer from 1 to 100000, got 0',
  ],
  [
    'data factor',
    withFields({ data: { kind: 'circles', count: 40, noise: 0.05, factor: 1, seed: 3 } }),
    'data.factor: expected a number between 0 and 1 (exclusive), got 1',
  ],
  [
    'data targets',
    withFields({ data: { kind: 'points', inputs: [[0, 0], [1, 1]], targets: [1] } }),
    'data.targets: expected 2 numbers (one per input), got 1 number',
  ],
  [
    'model sizes',
    withFields({ model: { sizes: [2, 0, 1], activations: ['tanh', 'sigmoid'] } }),
    'model.sizes[1]: expected an integer from 1 to 4096, got 0',
  ],
  [
    // A worker message keeps a sparse list's holes; each is read as a missing item, not skipped.
    'sparse list',
    withFields({ data: { kind: 'points', inputs: [[0, 0], [1, 1]], targets: [1, , ] } }),
    'data.targets[1]: expected a finite number, got nothing (the field is missing)',
  ],
  [
    'model activation name',
    withFields({ model: { sizes: [2, 4, 1], activations: ['swish', 'sigmoid'] } }),
    'model.activations[0]: expected an activation name such as relu or tanh, got "swish" (a string)',
  ],
  [
    'model activation count',
    withFields({ model: { sizes: [2, 4, 1], activations: ['sigmoid'] } }),
    'model.activations: expected 2 names (one per layer), got 1 name',
  ],
  [
    'model inputs against data',
    withFields({ model: { sizes: [3, 4, 1], activations: ['tanh', 'sigmoid'] } }),
    'model.sizes[0]: expected 2 (the inputs per example of data), got 3',
  ],
  [
    'model outputs against classes',
    withFields({
      data: { kind: 'blobs', count: 30, centers: 3, std: 0.5, seed: 2 },
      model: { sizes: [2, 4, 2], activations: ['tanh', 'identity'] },
      loss: 'softmaxCrossEntropy',
    }),
    'model.sizes[2]: expected at least 3 outputs (one per class of data), got 2',
  ],
  [
    'init kind',
    withFields({ init: { kind: 'he' } }),
    'init.kind: expected one of "zeros", "ones", "constant", "normal", "uniform", "truncatedNormal", "xavierNormal", "xavierUniform", "heNormal", "heUniform", "lecunNormal", got "he" (a string)',
  ],
  [
    'init field',
    withFields({ init: [{ kind: 'heNormal' }, { kind: 'normal', mean: 0, std: -1 }] }),
    'init[1].std: expected a number ≥ 0 for kind "normal", got -1',
  ],
  [
    'bias init count',
    withFields({ biasInit: [{ kind: 'zeros' }] }),
    'biasInit: expected 2 init specs (one per layer), got 1 spec',
  ],
  [
    'loss',
    withFields({ loss: 'cosine' }),
    'loss: expected one of "mse", "l1", "huber", "bce", "bceWithLogits", "softmaxCrossEntropy", "hinge", got "cosine" (a string)',
  ],
  [
    'loss against output layer',
    withFields({ model: { sizes: [2, 4, 1], activations: ['tanh', 'identity'] } }),
    'model.activations[1]: expected sigmoid for loss bce (or loss bceWithLogits on raw scores), got identity',
  ],
  [
    'hinge loss with two outputs',
    withFields({ model: { sizes: [2, 4, 2], activations: ['tanh', 'identity'] }, loss: 'hinge' }),
    'model.sizes[2]: expected 1 output for loss hinge (labels −1 and +1), got 2',
  ],
  [
    'test set inputs',
    withFields({ test: points }),
    'test: expected examples with 2 inputs like data, got 3 inputs',
  ],
  [
    'optimizer kind',
    withFields({ optimizer: { kind: 'lion', learningRate: 0.1 } }),
    'optimizer.kind: expected one of "sgd", "rmsprop", "adam", got "lion" (a string)',
  ],
  [
    'optimizer learning rate',
    withFields({ optimizer: { kind: 'adam', learningRate: 0 } }),
    'optimizer.learningRate: expected a positive number, got 0',
  ],
  [
    'optimizer learning rate as text',
    withFields({ optimizer: { kind: 'adam', learningRate: '0.1' } }),
    'optimizer.learningRate: expected a finite number, got "0.1" (a string)',
  ],
  [
    'optimizer negative learning rate',
    withFields({ optimizer: { kind: 'sgd', learningRate: -0.5 } }),
    'optimizer.learningRate: expected a positive number, got -0.5',
  ],
  [
    'optimizer momentum',
    withFields({ optimizer: { kind: 'rmsprop', learningRate: 0.01, momentum: 1 } }),
    'optimizer.momentum: expected a number in [0, 1), got 1',
  ],
  [
    'optimizer flag',
    withFields({ optimizer: { kind: 'rmsprop', learningRate: 0.01, centered: 'yes' } }),
    'optimizer.centered: expected true or false, got "yes" (a string)',
  ],
  [
    'optimizer field of another kind',
    withFields({ optimizer: { kind: 'sgd', learningRate: 0.1, beta1: 0.9 } }),
    'optimizer.beta1: expected no beta1 for sgd (it reads learningRate, momentum, nesterov, weightDecay), got 0.9',
  ],
  ['steps and epochs', withFields({ epochs: 3 }), 'steps: expected exactly one of steps and epochs, got both'],
  ['steps', withFields({ steps: 2.5 }), 'steps: expected an integer from 0 to 10000000, got 2.5'],
  ['seed', withFields({ seed: '7' }), 'seed: expected an integer from -2147483648 to 4294967296, got "7" (a string)'],
  ['batch size', withFields({ batch: { kind: 'mini', size: 0 } }), 'batch.size: expected an integer ≥ 1, got 0'],
  ['report every', withFields({ report: { every: 0 } }), 'report.every: expected an integer ≥ 1, got 0'],
  ['report accuracy rule', withFields({ report: { every: 5, accuracyRule: 'over' } }), 'report.accuracyRule: expected one of "atLeast", "above", got "over" (a string)'],
  ['report numpyCost flag', withFields({ report: { every: 5, numpyCost: 'yes' } }), 'report.numpyCost: expected true or false, got "yes" (a string)'],
  [
    'report numpyCost on mini-batches',
    withFields({ report: { every: 5, numpyCost: true }, batch: { kind: 'mini', size: 4 } }),
    "report.numpyCost: expected loss 'bce' with full batches (the exercise's cost of all outputs), got loss 'bce' with batch 'mini'",
  ],
  [
    'report extent',
    withFields({ report: { every: 5, boundary: { resolution: 9, extent: [1, -1, -1, 1] } } }),
    'report.boundary.extent: expected [xMin, xMax, yMin, yMax] with min < max, got [1, -1, -1, 1]',
  ],
  [
    'parameters length',
    withFields({ parameters: [0.1, 0.2, 0.3] }),
    'parameters: expected 17 numbers for this model, got 3 numbers',
  ],
  [
    'boundary with three inputs',
    withFields({
      data: points,
      model: { sizes: [3, 4, 1], activations: ['tanh', 'sigmoid'] },
      report: { every: 5, boundary: { resolution: 9, extent: [-1, 1, -1, 1] } },
    }),
    'report.boundary: expected data with 2 inputs (a plane to draw), got 3 inputs',
  ],
  [
    'class label of a point',
    withFields({
      data: { kind: 'points', inputs: [[0, 0], [1, 1]], targets: [0, 2] },
      model: { sizes: [2, 4, 2], activations: ['tanh', 'identity'] },
      loss: 'softmaxCrossEntropy',
    }),
    'data.targets[1]: expected a class index from 0 to 1 (one per output), got 2',
  ],
  [
    'sweep rates',
    { kind: 'sweep', base: job, learningRates: [] },
    'learningRates: expected a list of at least 1 item, got [] (a list)',
  ],
  [
    'sweep base',
    { kind: 'sweep', base: withFields({ seed: 1.5 }), learningRates: [0.1] },
    'base.seed: expected an integer from -2147483648 to 4294967296, got 1.5',
  ],
];

describe('parseJobSpec errors', () => {
  test('the valid job is accepted', () => {
    expect(messageOf(job)).toBe('accepted');
  });

  test.each(BAD_SPECS)('parseJobSpec rejects a bad %s with its exact message', (_family, spec, message) => {
    expect(messageOf(spec)).toBe(`parseJobSpec: ${message}`);
  });

  test('parseJobSpec quotes at most 40 characters of a stray field name', () => {
    const optimizer = { kind: 'sgd', learningRate: 0.1, ['k'.repeat(500)]: 1 };
    expect(messageOf(withFields({ optimizer }))).toBe(
      `parseJobSpec: optimizer.${'k'.repeat(39)}…: expected no ${'k'.repeat(39)}… for sgd (it reads learningRate, momentum, nesterov, weightDecay), got 1`,
    );
  });

  test('every parseJobSpec message names a field path, then expected, then got', () => {
    for (const [, spec] of BAD_SPECS) {
      expect(messageOf(spec)).toMatch(/^parseJobSpec: [\w.[\]]+: expected .+, got .+$/);
    }
  });
});

describe('parseJobSpec with RMSProp options', () => {
  test('parseJobSpec keeps RMSProp momentum and centered', () => {
    const spec = parseJobSpec(withFields({ optimizer: { kind: 'rmsprop', learningRate: 0.01, momentum: 0.9, centered: true } }));
    expect(spec.kind === 'train' && spec.optimizer).toEqual({ kind: 'rmsprop', learningRate: 0.01, momentum: 0.9, centered: true });
  });

  test('runJob with centred RMSProp and momentum trains differently from plain RMSProp', () => {
    const finalLoss = (optimizer: unknown) => {
      const result = runJob(withFields({ optimizer }));
      if (result.kind !== 'train') throw new Error('expected a train result');
      return result.result.finalLoss;
    };
    const plain = finalLoss({ kind: 'rmsprop', learningRate: 0.01 });
    const full = finalLoss({ kind: 'rmsprop', learningRate: 0.01, momentum: 0.9, centered: true });
    expect(full).not.toBe(plain);
    expect(full).toBeLessThan(plain);
  });
});
