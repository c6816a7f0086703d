/**
 * One learning-rate sweep that can be paused and resumed. The engine's runner can only stop
 * a job, but every rate of a sweep is an independent run from the same seed, so pausing keeps
 * the rates already finished and resuming starts a new sweep over the rates still missing:
 * the numbers are the same as an uninterrupted sweep. Talks only to the job client, so it
 * runs in Node tests over an in-memory port as well as in the page over a Worker.
 */
import type { JobClient, JobHandle, SweepJobSpec, SweepReport, SweepRun } from '../../src/engine/index';

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
  private handle: JobHandle | null = null;
  private intent: 'pause' | 'stop' | null = null;

  constructor(
    private readonly client: JobClient,
    readonly spec: SweepJobSpec,
    private readonly listener: SweepListener,
  ) {}

  /** The rates finished so far, in the sweep's order. */
  get runs(): readonly SweepRun[] {
    return this.finished;
  }

  get isRunning(): boolean {
    return this.handle !== null;
  }

  /** Starts the sweep, or resumes it with the rates not finished yet. */
  start(): void {
    if (this.handle !== null) return;
    const offset = this.finished.length;
    const learningRates = this.spec.learningRates.slice(offset);
    this.intent = null;
    const handle = this.client.start({ ...this.spec, learningRates });
    this.handle = handle;
    handle.onProgress((report) => this.onProgress(report as SweepReport, offset));
    handle.done.then(
      (result) => {
        if (result.kind !== 'sweep') return;
        // The reports already delivered some of these runs; the result has all of them.
        this.finished.length = offset;
        this.finished.push(...result.runs.filter((run) => run.status !== 'aborted'));
        this.handle = null;
        if (this.finished.length === this.spec.learningRates.length) this.listener.end({ kind: 'done' });
        else this.listener.end({ kind: this.intent === 'pause' ? 'paused' : 'stopped' });
      },
      (error: Error) => {
        this.handle = null;
        this.listener.end({ kind: 'failed', message: error.message });
      },
    );
  }

  /** Stops the job but keeps the finished rates for {@link start} to resume from. */
  pause(): void {
    this.intent = 'pause';
    this.handle?.stop();
  }

  /** Stops for good; a paused sweep ends at once. */
  stop(): void {
    this.intent = 'stop';
    if (this.handle) this.handle.stop();
    else this.listener.end({ kind: 'stopped' });
  }

  private onProgress(report: SweepReport, offset: number): void {
    this.finished.push(...report.finished);
    const last = report.curve.at(-1);
    this.listener.progress({
      runIndex: offset + report.runIndex,
      learningRate: report.learningRate,
      step: last?.step ?? 0,
      loss: last?.loss,
      hasNewRuns: report.finished.length > 0,
    });
  }
}
