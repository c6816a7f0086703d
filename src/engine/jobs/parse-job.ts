/**
 * Checks an untrusted job spec (from a widget or a message): the kind names one of
 * JOB_PARSERS, whose own parser reads the rest. Every error has one form:
 *   parseJobSpec: <field path>: expected <what>, got <what arrived>
 */
import type { JobSpec } from './job-kinds';
import { JOB_KIND_NAMES, JOB_PARSERS } from './job-parsers';
import { readChoice, readObject } from './parse-fields';

/** The spec, checked; throws an EngineError for the first bad field, in the form above. */
export function parseJobSpec(value: unknown): JobSpec {
  const fields = readObject(value, 'job');
  const kind = readChoice(fields.kind, 'kind', JOB_KIND_NAMES);
  return JOB_PARSERS[kind](fields);
}
