/**
 * What one kind of job gives the job system: how to read its spec from untrusted
 * JSON, and how to start a run of it. A job file (train-job.ts, sweep-job.ts) exports
 * one `JobKind`; job-kinds.ts lists them, and the protocol's types follow from that list.
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

/** One kind of job: its spec reader and its run. */
export interface JobKind<Spec extends { readonly kind: string }, Report, Result> {
  /** Reads and checks the spec; `fields.kind` already names this kind. Throws parseJobSpec errors. */
  parse(fields: Fields): Spec;
  /** A run of a checked spec. */
  start(spec: Spec): JobRun<Report, Result>;
}
