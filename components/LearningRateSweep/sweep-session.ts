/**
 * One learning-rate sweep that can be paused and resumed: the shared JobSession, plus what a
 * sweep adds — the rates finished so far, collected from the reports, and progress counted
 * over the whole sweep. Runs in Node tests over an in-memory port as well as in the page.
 */
import type { JobClient, JobResult, SweepJobSpec, SweepReport, SweepRun } from '../../src/engine/index';
import { JobSession, type JobEnd } from '../shared/job-session';

export interface SweepProgress {
  /** Index of the rate being trained, counted over the whole sweep. */
  readonly runIndex: number;
  readonly learningRate: number;
  readonly step: number;
  readonly loss?: number;
  /** Whether a rate finished since the previous report (the plots need redrawing). */
  readonly hasNewRuns: boolean;
}

export type SweepEnd =
  | { readonly kind: 'done' | 'paused' | 'stopped' }
  | { readonly kind: 'failed'; readonly message: string };

export interface SweepListener {
  progress(progress: SweepProgress): void;
  end(end: SweepEnd): void;
}

export class SweepSession {
  private readonly finished: SweepRun[] = [];
  private readonly job: JobSession<SweepReport, JobResult>;

  constructor(
    client: JobClient,
    readonly spec: SweepJobSpec,
    private readonly listener: SweepListener,
  ) {
    this.job = new JobSession<SweepReport, JobResult>(
      () => {
        this.finished.length = 0;
        return client.start(spec);
      },
      { progress: (report) => this.onProgress(report), end: (end) => this.onEnd(end) },
    );
  }

  /** The rates finished so far, in the sweep's order. */
  get runs(): readonly SweepRun[] {
    return this.finished;
  }

  get isRunning(): boolean {
    return this.job.isRunning;
  }

  /** Starts the sweep, or resumes a paused one from the step where it waits. */
  start(): void {
    this.job.start();
  }

  /** Asks the worker to pause; the listener hears 'paused' once it has. */
  pause(): void {
    this.job.pause();
  }

  /** Stops for good; a paused sweep ends at once. */
  stop(): void {
    this.job.stop();
  }

  private onEnd(end: JobEnd<JobResult>): void {
    if (end.kind !== 'finished') return this.listener.end(end);
    if (end.result.kind !== 'sweep') return;
    // The reports delivered most runs already; the result has all of them, and the one a stop cut short.
    this.finished.splice(0, this.finished.length, ...end.result.runs.filter((run) => run.status !== 'aborted'));
    this.listener.end({ kind: this.finished.length === this.spec.learningRates.length ? 'done' : 'stopped' });
  }

  private onProgress(report: SweepReport): void {
    // A report with nothing new (a pause right after a progress report) would show step 0.
    if (report.curve.length === 0 && report.finished.length === 0) return;
    this.finished.push(...report.finished);
    const last = report.curve.at(-1);
    this.listener.progress({
      runIndex: report.runIndex,
      learningRate: report.learningRate,
      step: last?.step ?? 0,
      loss: last?.loss,
      hasNewRuns: report.finished.length > 0,
    });
  }
}
