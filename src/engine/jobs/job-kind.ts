/**
 * What one kind of job gives the job system: how to read its spec from untrusted JSON
 * (a `JobParser`, listed in job-parsers.ts) and how to start a run of it (a `JobKind`,
 * exported by its job file, train-job.ts or sweep-job.ts, and listed in job-kinds.ts).
 * The two lists are apart so code that only checks specs loads no training code (the page
 * itself checks none: it sends specs to the worker, which checks them); the protocol's types
 * follow from the runners' list.
 */
import type { Fields } from './parse-fields';

/** A job in progress, whatever its kind: the runner drives every kind the same way. */
export interface JobRun<Report, Result> {
  readonly isFinished: boolean;
  /** Runs up to `maxSteps` more training steps. */
  advance(maxSteps: number): void;
  /** Stops the run; `result()` then reports it as aborted. */
  abort(): void;
  /** What happened since the previous report. */
  takeReport(): Report;
  /** How the job ended (or stands, if it has not). */
  result(): Result;
}

/** One kind of job, on the worker side: the run of a checked spec. */
export interface JobKind<Spec extends { readonly kind: string }, Report, Result> {
  start(spec: Spec): JobRun<Report, Result>;
}

/** Reads and checks one kind's spec; `fields.kind` already names the kind. Throws parseJobSpec errors. */
export type JobParser<Spec> = (fields: Fields) => Spec;
