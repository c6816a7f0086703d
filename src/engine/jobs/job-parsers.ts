/**
 * The spec reader of every kind of job, by name: what the page needs to check a spec before
 * it sends one, without the training code the runners in job-kinds.ts bring along (the
 * worker loads that). The type lists every name of JOB_KINDS, so a kind without a parser,
 * or a parser without a kind, does not compile.
 */
import type { JobParser } from './job-kind';
import type { JobKindName, SpecOf } from './job-kinds';
import type { Fields } from './parse-fields';
import { parseSignalsJob } from './parse-signals-job';
import { parseSweepJob } from './parse-sweep-job';
import { parseTrainJob } from './parse-train-job';

export const JOB_PARSERS: { readonly [K in JobKindName]: JobParser<SpecOf<K>> } = {
  train: (fields: Fields) => parseTrainJob(fields, ''),
  sweep: parseSweepJob,
  signals: parseSignalsJob,
};

/** The names, for the parser's "one of" message. */
export const JOB_KIND_NAMES = Object.keys(JOB_PARSERS) as JobKindName[];
