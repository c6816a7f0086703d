/** Checks an untrusted 'signals' job spec field by field; errors read `parseJobSpec: width: expected …, got …`. */
import { isActivationName, type ActivationName } from '../activations';
import { fail, readInteger, readNumber, readSeed, type Fields } from './parse-fields';
import { readInit } from './parse-train-job';
import type { SignalsJobSpec } from './signals-job-spec';

/** Limits that keep one look inside the network within a second or so in a worker. */
export const SIGNALS_LIMITS = { depth: 50, width: 512, rows: 2048, steps: 100_000 } as const;

/** The spec, checked and typed. */
export function parseSignalsJob(fields: Fields): SignalsJobSpec {
  const activation = fields.activation;
  if (typeof activation !== 'string' || !isActivationName(activation)) {
    fail('activation', 'an activation name such as relu or tanh', activation);
  }
  return {
    kind: 'signals',
    depth: readInteger(fields.depth, 'depth', 1, SIGNALS_LIMITS.depth),
    width: readInteger(fields.width, 'width', 1, SIGNALS_LIMITS.width),
    activation: activation as ActivationName,
    init: readInit(fields.init, 'init'),
    rows: readInteger(fields.rows, 'rows', 1, SIGNALS_LIMITS.rows),
    steps: readInteger(fields.steps, 'steps', 0, SIGNALS_LIMITS.steps),
    learningRate: readNumber(fields.learningRate, 'learningRate', 1e-9, 100),
    seed: readSeed(fields.seed, 'seed'),
  };
}
