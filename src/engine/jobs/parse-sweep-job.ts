/** Checks an untrusted sweep spec: a training job as `base`, and the learning rates to try it with. */
import type { SweepJobSpec } from './job-specs';
import { readArray, readNumber, readObject, type Fields } from './parse-fields';
import { parseTrainJob } from './parse-train-job';

/** The sweep's fields: a training job as `base`, and at least one learning rate. */
export function parseSweepJob(fields: Fields): SweepJobSpec {
  const base = parseTrainJob(readObject(fields.base, 'base'), 'base.');
  const learningRates = readArray(fields.learningRates, 'learningRates', (v, f) => readNumber(v, f, 1e-12, 1e6), 1);
  return { kind: 'sweep', base, learningRates };
}
