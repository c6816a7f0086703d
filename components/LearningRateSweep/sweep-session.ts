/**
 * One learning-rate sweep that can be paused and resumed. Pausing asks the worker to wait
 * between two training steps with every buffer kept, so resuming continues the rate it was
 * training from the same step, and the numbers are those of an uninterrupted sweep. Talks
 * only to the job client, so it runs in Node tests over an in-memory port as well as in the
 * page over a Worker.
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
  /** The job in the worker, running or paused; null before the start and after the end. */
  private handle: JobHandle<'sweep'> | null = null;
  /** True once the worker has confirmed a pause. */
  private isPaused = false;

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
    return this.handle !== null && !this.isPaused;
  }

  /** Starts the sweep, or resumes a paused one from the step where it waits. */
  start(): void {
    if (this.handle !== null) {
      if (this.isPaused) this.handle.resume();
      this.isPaused = false;
      return;
    }
    this.finished.length = 0;
    const handle = this.client.start(this.spec);
    this.handle = handle;
    handle.onProgress((report) => this.onProgress(report));
    handle.onPaused((report) => {
      this.onProgress(report);
      this.isPaused = true;
      this.listener.end({ kind: 'paused' });
    });
    handle.done.then(
      (result) => {
        // A sweep stopped while paused has already ended.
        if (this.handle !== handle) return;
        this.end();
        // The reports delivered most runs already; the result has all of them, and the one a stop cut short.
        this.finished.splice(0, this.finished.length, ...result.runs.filter((run) => run.status !== 'aborted'));
        this.listener.end({ kind: this.finished.length === this.spec.learningRates.length ? 'done' : 'stopped' });
      },
      (error: Error) => {
        if (this.handle !== handle) return;
        this.end();
        this.listener.end({ kind: 'failed', message: error.message });
      },
    );
  }

  /** Asks the worker to pause; the listener hears 'paused' once it has. */
  pause(): void {
    if (this.isRunning) this.handle?.pause();
  }

  /** Stops for good; a paused sweep ends at once. */
  stop(): void {
    this.handle?.stop();
    if (!this.isPaused) return;
    this.end();
    this.listener.end({ kind: 'stopped' });
  }

  private end(): void {
    this.handle = null;
    this.isPaused = false;
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
