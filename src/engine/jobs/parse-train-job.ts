/**
 * Checks an untrusted training-job spec (alone, or a sweep's base) field by field, then
 * the fields against one another (parse-fit.ts), and returns it typed. Every error
 * has one form, errors passed on from the optimizer and init checks included:
 *   parseJobSpec: <field path>: expected <what>, got <what arrived>
 * A spec that passes builds and trains without throwing.
 */
import { isActivationName, type ActivationName } from '../activations';
import type { FastLossName } from '../compiled/loss-kernels';
import { EngineError } from '../errors';
import { clipped } from '../text/describe-value';
import { parseInitSpec, type InitSpec } from '../init';
import { assertOptimizerSpec, type OptimizerSpec } from '../optim/optimizer';
import type { BatchMode } from '../train/batch-mode';
import { parseDataSpec } from './parse-data';
import { assertJobFits } from './parse-fit';
import { counted, fail, readArray, readBoolean, readChoice, readInteger, readNumber, readObject, readSeed, type Fields } from './parse-fields';
import type { JobModelSpec, ReportSpec, TrainJobSpec } from './job-specs';

const LOSSES: readonly FastLossName[] = ['mse', 'l1', 'huber', 'bce', 'bceWithLogits', 'softmaxCrossEntropy', 'hinge'];
const MAX_STEPS = 10_000_000;

/** The fields of a training job (under `prefix`, such as `base.`), checked and typed. */
export function parseTrainJob(fields: Fields, prefix: string): TrainJobSpec {
  const model = parseModel(readObject(fields.model, `${prefix}model`), `${prefix}model.`);
  const layerCount = model.sizes.length - 1;
  const hasSteps = fields.steps !== undefined;
  if (hasSteps === (fields.epochs !== undefined)) fail(`${prefix}steps`, 'exactly one of steps and epochs', hasSteps ? 'both' : 'neither', true);
  const job: TrainJobSpec = {
    kind: 'train',
    data: parseDataSpec(fields.data, `${prefix}data`),
    ...(fields.test === undefined ? {} : { test: parseDataSpec(fields.test, `${prefix}test`) }),
    model,
    ...optionalInit(fields.init, `${prefix}init`, layerCount, 'init'),
    ...optionalInit(fields.biasInit, `${prefix}biasInit`, layerCount, 'biasInit'),
    ...(fields.parameters === undefined
      ? {}
      : { parameters: readArray(fields.parameters, `${prefix}parameters`, (v, f) => readNumber(v, f)) }),
    loss: readChoice(fields.loss, `${prefix}loss`, LOSSES),
    optimizer: parseOptimizer(fields.optimizer, `${prefix}optimizer`),
    batch: parseBatch(fields.batch, `${prefix}batch`),
    ...(hasSteps
      ? { steps: readInteger(fields.steps, `${prefix}steps`, 0, MAX_STEPS) }
      : { epochs: readInteger(fields.epochs, `${prefix}epochs`, 0, MAX_STEPS) }),
    seed: readSeed(fields.seed, `${prefix}seed`),
    report: parseReport(fields.report, `${prefix}report`),
  };
  if (job.report.numpyCost === true && (job.loss !== 'bce' || job.batch.kind !== 'full')) {
    fail(`${prefix}report.numpyCost`, "loss 'bce' with full batches (the exercise's cost of all outputs)", `loss '${job.loss}' with batch '${job.batch.kind}'`, true);
  }
  assertJobFits(job, prefix);
  return job;
}

function parseModel(fields: Fields, prefix: string): JobModelSpec {
  const sizes = readArray(fields.sizes, `${prefix}sizes`, (v, f) => readInteger(v, f, 1, 4096), 2);
  const activations = readArray(fields.activations, `${prefix}activations`, (v, f) => {
    if (typeof v !== 'string' || !isActivationName(v)) fail(f, 'an activation name such as relu or tanh', v);
    return v as ActivationName;
  });
  if (activations.length !== sizes.length - 1) {
    fail(`${prefix}activations`, `${counted(sizes.length - 1, 'name')} (one per layer)`, counted(activations.length, 'name'), true);
  }
  const bias = fields.bias;
  if (bias === undefined || typeof bias === 'boolean') return { sizes, activations, ...(bias === undefined ? {} : { bias }) };
  const flags = readArray(bias, `${prefix}bias`, readBoolean);
  if (flags.length !== sizes.length - 1) fail(`${prefix}bias`, `${counted(sizes.length - 1, 'flag')} (one per layer)`, counted(flags.length, 'flag'), true);
  return { sizes, activations, bias: flags };
}

function optionalInit(value: unknown, field: string, layerCount: number, key: 'init' | 'biasInit') {
  if (value === undefined) return {};
  if (!Array.isArray(value)) return { [key]: readInit(value, field) };
  const specs = readArray(value, field, readInit);
  if (specs.length !== layerCount) fail(field, `${counted(layerCount, 'init spec')} (one per layer)`, counted(specs.length, 'spec'), true);
  return { [key]: specs };
}

/** One init spec at `field`, checked; its errors name the field, as `init.kind: expected …`. */
export function readInit(item: unknown, field: string): InitSpec {
  // Past readObject, every parseInitSpec error starts with the spec's field: report it as init.kind.
  const spec = readObject(item, field);
  try {
    return parseInitSpec(spec);
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
    throw new EngineError('parseJobSpec', `${field}.${error.detail}`);
  }
}

/** The fields each optimizer reads; any other field would be ignored, so it is an error. */
const OPTIMIZER_FIELDS: Readonly<Record<OptimizerSpec['kind'], readonly string[]>> = {
  sgd: ['learningRate', 'momentum', 'nesterov', 'weightDecay'],
  rmsprop: ['learningRate', 'alpha', 'epsilon', 'weightDecay', 'momentum', 'centered'],
  adam: ['learningRate', 'beta1', 'beta2', 'epsilon', 'weightDecay'],
};
const OPTIMIZER_FLAGS = ['nesterov', 'centered'];

function parseOptimizer(value: unknown, field: string): OptimizerSpec {
  const fields = readObject(value, field);
  const kind = readChoice(fields.kind, `${field}.kind`, ['sgd', 'rmsprop', 'adam']);
  const known = OPTIMIZER_FIELDS[kind];
  const stray = Object.keys(fields).find((name) => name !== 'kind' && !known.includes(name) && fields[name] !== undefined);
  if (stray !== undefined) {
    const name = clipped(stray);
    fail(`${field}.${name}`, `no ${name} for ${kind} (it reads ${known.join(', ')})`, fields[stray]);
  }
  const spec: Record<string, unknown> = { kind, learningRate: readNumber(fields.learningRate, `${field}.learningRate`) };
  for (const name of known) {
    if (name === 'learningRate' || fields[name] === undefined) continue;
    const path = `${field}.${name}`;
    spec[name] = OPTIMIZER_FLAGS.includes(name) ? readBoolean(fields[name], path) : readNumber(fields[name], path);
  }
  try {
    assertOptimizerSpec(spec as unknown as OptimizerSpec);
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
    // "learningRate: expected a positive number, got 0" becomes "optimizer.learningRate: …".
    throw new EngineError('parseJobSpec', `${field}.${error.detail}`);
  }
  return spec as unknown as OptimizerSpec;
}

function parseBatch(value: unknown, field: string): BatchMode {
  const fields = readObject(value, field);
  const kind = readChoice(fields.kind, `${field}.kind`, ['full', 'mini', 'sample']);
  if (kind !== 'mini') return { kind };
  return { kind, size: readInteger(fields.size, `${field}.size`, 1) };
}

function parseReport(value: unknown, field: string): ReportSpec {
  const fields = readObject(value, field);
  const flag = (name: 'accuracy' | 'weights' | 'stats' | 'numpyCost') =>
    fields[name] === undefined ? {} : { [name]: readBoolean(fields[name], `${field}.${name}`) };
  let boundary = {};
  if (fields.boundary !== undefined) {
    const grid = readObject(fields.boundary, `${field}.boundary`);
    const extent = readArray(grid.extent, `${field}.boundary.extent`, (v, f) => readNumber(v, f));
    if (extent.length !== 4 || !(extent[0] < extent[1] && extent[2] < extent[3])) {
      fail(`${field}.boundary.extent`, '[xMin, xMax, yMin, yMax] with min < max', `[${extent.join(', ')}]`, true);
    }
    const resolution = readInteger(grid.resolution, `${field}.boundary.resolution`, 2, 256);
    boundary = { boundary: { resolution, extent: extent as unknown as readonly [number, number, number, number] } };
  }
  const rule = fields.accuracyRule === undefined ? {} : { accuracyRule: readChoice(fields.accuracyRule, `${field}.accuracyRule`, ['atLeast', 'above']) };
  return { every: readInteger(fields.every, `${field}.every`, 1), ...flag('accuracy'), ...rule, ...flag('weights'), ...flag('stats'), ...flag('numpyCost'), ...boundary };
}
