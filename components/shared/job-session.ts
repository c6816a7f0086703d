/**
 * One job in the engine's worker that a widget can start, pause, resume and stop, written
 * once for every training widget. It talks only to a job handle (the engine's JobClient
 * hands one out), so it runs in Node tests over an in-memory port as well as in the page.
 *
 *   const session = new JobSession(() => worker.client.start(spec), {
 *     progress: (report) => draw(report),
 *     end: (end) => finish(end),          // finished (with the result), paused, stopped or failed
 *   });
 *   session.start();                      // again after a pause: resumes from the same step
 *
 * Pausing asks the worker to wait between two steps with every buffer kept, so a resumed job
 * gives the numbers of one that never paused.
 */

/** The part of the engine's job handle a session drives. */
export interface JobHandleLike<Report, Result> {
  onProgress(handler: (report: Report) => void): void;
  onPaused(handler: (report: Report) => void): void;
  readonly done: Promise<Result>;
  stop(): void;
  pause(): void;
  resume(): void;
}

/** How a session's job ended (or paused): a stopped running job finishes with its partial result. */
export type JobEnd<Result> =
  | { readonly kind: 'finished'; readonly result: Result }
  | { readonly kind: 'paused' }
  | { readonly kind: 'stopped' }
  | { readonly kind: 'failed'; readonly message: string };

export interface JobListener<Report, Result> {
  progress(report: Report): void;
  end(end: JobEnd<Result>): void;
}

export class JobSession<Report, Result> {
  /** The job in the worker, running or paused; null before the start and after the end. */
  private handle: JobHandleLike<Report, Result> | null = null;
  /** True once the worker has confirmed a pause. */
  private hasPaused = false;

  constructor(
    private readonly begin: () => JobHandleLike<Report, Result>,
    private readonly listener: JobListener<Report, Result>,
  ) {}

  get isRunning(): boolean {
    return this.handle !== null && !this.hasPaused;
  }

  get isPaused(): boolean {
    return this.handle !== null && this.hasPaused;
  }

  /** Starts the job, or resumes a paused one from the step where it waits. */
  start(): void {
    if (this.handle !== null) {
      if (this.hasPaused) this.handle.resume();
      this.hasPaused = false;
      return;
    }
    const handle = this.begin();
    this.handle = handle;
    handle.onProgress((report) => this.listener.progress(report));
    handle.onPaused((report) => {
      this.listener.progress(report);
      this.hasPaused = true;
      this.listener.end({ kind: 'paused' });
    });
    handle.done.then(
      (result) => {
        // A job stopped while paused has already ended.
        if (this.handle !== handle) return;
        this.clear();
        this.listener.end({ kind: 'finished', result });
      },
      (error: Error) => {
        if (this.handle !== handle) return;
        this.clear();
        this.listener.end({ kind: 'failed', message: error.message });
      },
    );
  }

  /** Asks the worker to pause; the listener hears 'paused' once it has. */
  pause(): void {
    if (this.isRunning) this.handle?.pause();
  }

  /** Stops for good: a running job finishes with what it has; a paused one ends at once. */
  stop(): void {
    this.handle?.stop();
    if (!this.hasPaused) return;
    this.clear();
    this.listener.end({ kind: 'stopped' });
  }

  private clear(): void {
    this.handle = null;
    this.hasPaused = false;
  }
}
