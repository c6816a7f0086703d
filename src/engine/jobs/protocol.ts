/**
 * Every message between a page and the training worker, as one discriminated
 * union on `type`. The specs, reports and results they carry are those of the job
 * kinds (job-specs.ts), their unions derived from the one list in job-kinds.ts.
 * All of it is plain JSON-safe data (NaN and Infinity aside, which structured cloning keeps).
 */
import type { JobReport, JobResult, JobSpec } from './job-kinds';

export type * from './job-specs';
export type { JobKindName, JobReport, JobResult, JobSpec, ReportOf, ResultOf, SpecOf } from './job-kinds';

/** Page → worker: run a job. */
export interface StartMessage {
  readonly type: 'start';
  readonly id: number;
  readonly job: JobSpec;
}

/** Page → worker: stop a job (it still answers with 'done', status 'aborted'). */
export interface StopMessage {
  readonly type: 'stop';
  readonly id: number;
}

/**
 * Page → worker: pause a job between two training steps. Every buffer stays as it
 * is, so after 'resume' the run continues with the same numbers as if it had never
 * stopped. The worker answers with 'paused' once it has (or with 'done' if the job
 * ended first).
 */
export interface PauseMessage {
  readonly type: 'pause';
  readonly id: number;
}

/** Page → worker: continue a paused job from the step where it paused. */
export interface ResumeMessage {
  readonly type: 'resume';
  readonly id: number;
}

/** Worker → page: a throttled report (at most about 30 a second). */
export interface ProgressMessage {
  readonly type: 'progress';
  readonly id: number;
  readonly report: JobReport;
}

/**
 * Worker → page: the job has paused and posts nothing until resumed or stopped.
 * `report` holds the points since the last progress report, so the page's curve
 * reaches the step where the job waits.
 */
export interface PausedMessage {
  readonly type: 'paused';
  readonly id: number;
  readonly report: JobReport;
}

/** Worker → page: the job's final result. */
export interface DoneMessage {
  readonly type: 'done';
  readonly id: number;
  readonly result: JobResult;
}

/** Worker → page: the job could not run; `message` is the EngineError text. */
export interface ErrorMessage {
  readonly type: 'error';
  readonly id: number;
  readonly message: string;
}

/** Every message, either way. */
export type JobMessage = ToWorkerMessage | FromWorkerMessage;
/** Messages the page sends. */
export type ToWorkerMessage = StartMessage | StopMessage | PauseMessage | ResumeMessage;
/** Messages the worker sends. */
export type FromWorkerMessage = ProgressMessage | PausedMessage | DoneMessage | ErrorMessage;
