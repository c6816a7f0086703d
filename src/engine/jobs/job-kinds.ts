/**
 * Every kind of job, in one list: the worker's runners. A new kind is a new job file
 * exporting its `JobKind`, one line here and its parser's line in job-parsers.ts (which
 * does not compile until it has one): the protocol's spec, report and result types and
 * the runner follow from this list, and the client's handle is typed by kind.
 */
import type { JobKind, JobRun } from './job-kind';
import { signalsJob } from './signals-job';
import { sweepJob } from './sweep-job';
import { trainJob } from './train-job';

/** The job kinds by name. */
export const JOB_KINDS = { train: trainJob, sweep: sweepJob, signals: signalsJob } as const;

/** A job kind's name: 'train' or 'sweep'. */
export type JobKindName = keyof typeof JOB_KINDS;

type KindParts = {
  [K in JobKindName]: (typeof JOB_KINDS)[K] extends JobKind<infer Spec, infer Report, infer Result>
    ? { spec: Spec; report: Report; result: Result }
    : never;
};

/** The spec of kind K (of any kind, for the union of names). */
export type SpecOf<K extends JobKindName> = KindParts[K]['spec'];
/** The progress report of kind K. */
export type ReportOf<K extends JobKindName> = KindParts[K]['report'];
/** The result of kind K. */
export type ResultOf<K extends JobKindName> = KindParts[K]['result'];

/** Any job spec. */
export type JobSpec = SpecOf<JobKindName>;
/** Any progress report. */
export type JobReport = ReportOf<JobKindName>;
/** How any job ended. */
export type JobResult = ResultOf<JobKindName>;

/** A run of a checked spec, of whichever kind it names. */
export function startJob(job: JobSpec): JobRun<JobReport, JobResult> {
  // TypeScript cannot pair JOB_KINDS[job.kind] with job's own type; the list above pairs them.
  const kind = JOB_KINDS[job.kind] as unknown as JobKind<JobSpec, JobReport, JobResult>;
  return kind.start(job);
}
