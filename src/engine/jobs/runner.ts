/**
 * The worker side: `serveJobs(port)` answers start, stop, pause and resume
 * messages. A job runs in chunks of steps sized to take about 10 ms; between
 * chunks the runner yields to the event loop so a stop, a pause (or a new start)
 * can arrive. Progress goes out at most about 30 times a second, timed by an
 * injectable clock. A paused job waits on a promise between two steps, holding
 * its model, optimizer and random stream untouched, until a resume or a stop.
 * One job runs at a time: a new start stops the previous job.
 * `runJob(spec)` runs a job to the end directly, with the same numbers.
 */
import type { JobRun } from './job-kind';
import { startJob, type JobReport, type JobResult } from './job-kinds';
import { parseJobSpec } from './parse-job';
import type { Port } from './port';
import type { FromWorkerMessage, StartMessage, ToWorkerMessage } from './protocol';

/** Options of {@link serveJobs}; the defaults suit a real worker. */
export interface ServeOptions {
  /** Milliseconds, increasing (default `performance.now` or `Date.now`). */
  readonly clock?: () => number;
  /** Lets queued messages in (default a zero-delay `setTimeout`). */
  readonly yieldControl?: () => Promise<void>;
  /** Least time between progress messages (default PROGRESS_INTERVAL_MS). */
  readonly progressInterval?: number;
}

interface Timers {
  performance?: { now(): number };
  setTimeout?: (callback: () => void, ms: number) => unknown;
}

const timers = globalThis as unknown as Timers;
/**
 * Least time between two progress messages: one display frame at 60 Hz. A message goes out at
 * the end of the first chunk past it, so the page gets somewhat fewer than 60 a second; at
 * 1000 / 30 ms, chunks of ~10 ms made that about 24, under the 30 updates a second the page
 * must show. What a report holds is set by steps, never by time, so the figure does not change.
 */
export const PROGRESS_INTERVAL_MS = 1000 / 60;

const defaultClock = () => (timers.performance ? timers.performance.now() : Date.now());
const defaultYield = () =>
  new Promise<void>((resolve) => (timers.setTimeout ? timers.setTimeout(resolve, 0) : resolve()));

/** A job of any kind, driven the same way. */
type AnyRun = JobRun<JobReport, JobResult>;

/** Runs a job to the end in this thread and returns its result. */
export function runJob(spec: unknown): JobResult {
  const run = startJob(parseJobSpec(spec));
  while (!run.isFinished) run.advance(Number.MAX_SAFE_INTEGER);
  return run.result();
}

/** Serves jobs over `port` until the port goes away. */
export function serveJobs(port: Port<ToWorkerMessage, FromWorkerMessage>, options: ServeOptions = {}): void {
  new JobServer(port, options);
}

/** The state of one worker's jobs: which run, which were asked to stop or pause, who waits to wake. */
class JobServer {
  private readonly port: Port<ToWorkerMessage, FromWorkerMessage>;
  private readonly clock: () => number;
  private readonly yieldControl: () => Promise<void>;
  private readonly interval: number;
  private readonly running = new Set<number>();
  private readonly stopped = new Set<number>();
  private readonly pauseRequested = new Set<number>();
  /** Wakes a paused job, by id. */
  private readonly wakers = new Map<number, () => void>();
  private activeId: number | null = null;

  constructor(port: Port<ToWorkerMessage, FromWorkerMessage>, options: ServeOptions) {
    this.port = port;
    this.clock = options.clock ?? defaultClock;
    this.yieldControl = options.yieldControl ?? defaultYield;
    this.interval = options.progressInterval ?? PROGRESS_INTERVAL_MS;
    port.onMessage((message) => {
      if (message.type === 'start') this.start(message);
      else this.control(message);
    });
  }

  /** Stops the active job, then checks the new one and drives it; a bad spec is answered with 'error'. */
  private start(message: StartMessage): void {
    if (this.activeId !== null) {
      this.stopped.add(this.activeId);
      this.wake(this.activeId);
    }
    const id = message.id;
    this.activeId = id;
    let run: AnyRun;
    try {
      run = startJob(parseJobSpec(message.job));
    } catch (error) {
      this.port.postMessage({ type: 'error', id, message: (error as Error).message });
      return;
    }
    this.running.add(id);
    this.drive(id, run)
      .catch((error: unknown) => this.port.postMessage({ type: 'error', id, message: (error as Error).message }))
      .finally(() => {
        this.running.delete(id);
        this.stopped.delete(id);
        this.pauseRequested.delete(id);
        if (this.activeId === id) this.activeId = null;
      });
  }

  /** Stop, pause and resume of a running job; messages for a job that has ended are ignored. */
  private control(message: Exclude<ToWorkerMessage, StartMessage>): void {
    const id = message.id;
    if (!this.running.has(id)) return;
    if (message.type === 'pause') {
      this.pauseRequested.add(id);
      return;
    }
    if (message.type === 'stop') this.stopped.add(id);
    this.pauseRequested.delete(id);
    this.wake(id);
  }

  private wake(id: number): void {
    this.wakers.get(id)?.();
    this.wakers.delete(id);
  }

  /** Runs the job in chunks until it ends, yielding between chunks; posts progress, pauses and the result. */
  private async drive(id: number, run: AnyRun): Promise<void> {
    const { port, clock, yieldControl } = this;
    let chunk = 1;
    let lastPost = clock();
    while (!run.isFinished) {
      if (this.stopped.has(id)) {
        run.abort();
        break;
      }
      if (this.pauseRequested.has(id)) {
        port.postMessage({ type: 'paused', id, report: run.takeReport() });
        await new Promise<void>((resolve) => this.wakers.set(id, resolve));
        lastPost = clock();
        // Woken by a resume, or by a stop that the next turn of the loop handles.
        continue;
      }
      const start = clock();
      run.advance(chunk);
      const took = clock() - start;
      // Aim for chunks of about 10 ms: long enough to be efficient, short enough to hear a stop.
      if (took < 5) chunk *= 2;
      else if (took > 20 && chunk > 1) chunk = Math.ceil(chunk / 2);
      if (!run.isFinished && clock() - lastPost >= this.interval) {
        port.postMessage({ type: 'progress', id, report: run.takeReport() });
        lastPost = clock();
      }
      await yieldControl();
    }
    port.postMessage({ type: 'done', id, result: run.result() });
  }
}
