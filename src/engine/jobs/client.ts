/**
 * The page side: a small typed client that widgets use to run jobs in a worker.
 * `start(spec)` sends the spec and returns a handle to follow, pause, resume or stop the job.
 * The worker checks the spec (runner.ts): a bad one rejects `done` with the EngineError's
 * message naming the bad field, so the page ships no copy of the checks. Starting
 * again on the same client stops the previous job, whose `done` then resolves with
 * status 'aborted'. The handle is typed by the spec's kind: a sweep's handle hears
 * `SweepReport`s and its `done` resolves to the sweep's result.
 */
import type { JobKindName, JobReport, JobResult, JobSpec, ReportOf, ResultOf } from './job-kinds';
import type { Port } from './port';
import type { FromWorkerMessage, ToWorkerMessage } from './protocol';

/** One running job of kind K. */
export interface JobHandle<K extends JobKindName = JobKindName> {
  readonly id: number;
  /** Calls `handler` with each progress report (replaces the previous handler). */
  onProgress(handler: (report: ReportOf<K>) => void): void;
  /** The final result; rejects with the worker's error message. */
  readonly done: Promise<ResultOf<K>>;
  /** Asks the worker to stop; `done` still resolves, with status 'aborted'. */
  stop(): void;
  /** Asks the worker to pause between two steps, keeping every buffer; `onPaused` hears when it has. */
  pause(): void;
  /** Continues a paused job; its numbers are those of a run that never paused. */
  resume(): void;
  /** Calls `handler` each time the job pauses, with the points since the last progress report. */
  onPaused(handler: (report: ReportOf<K>) => void): void;
}

interface Pending {
  progress: ((report: JobReport) => void) | null;
  paused: ((report: JobReport) => void) | null;
  resolve(result: JobResult): void;
  reject(error: Error): void;
}

/** A client for one worker. */
export class JobClient {
  private readonly port: Port<FromWorkerMessage, ToWorkerMessage>;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private current: { readonly id: number; stop(): void } | null = null;

  constructor(port: Port<FromWorkerMessage, ToWorkerMessage>) {
    this.port = port;
    port.onMessage((message) => this.receive(message));
  }

  /** Starts a job, stopping the one this client started before. */
  start<S extends JobSpec>(spec: S): JobHandle<S['kind']> {
    this.current?.stop();
    const id = this.nextId++;
    let entry: Pending | undefined;
    const done = new Promise<JobResult>((resolve, reject) => {
      entry = { progress: null, paused: null, resolve, reject };
    });
    this.pending.set(id, entry as Pending);
    // Messages for a job that has ended would be ignored by the worker; they are not sent.
    const send = (type: 'stop' | 'pause' | 'resume') => {
      if (this.pending.has(id)) this.port.postMessage({ type, id });
    };
    // The worker answers a job of kind K with K's reports and result, so the handle's types hold.
    const handle: JobHandle<S['kind']> = {
      id,
      onProgress: (handler) => {
        const found = this.pending.get(id);
        if (found) found.progress = handler as (report: JobReport) => void;
      },
      onPaused: (handler) => {
        const found = this.pending.get(id);
        if (found) found.paused = handler as (report: JobReport) => void;
      },
      done: done as Promise<ResultOf<S['kind']>>,
      stop: () => send('stop'),
      pause: () => send('pause'),
      resume: () => send('resume'),
    };
    this.current = handle;
    this.port.postMessage({ type: 'start', id, job: spec });
    return handle;
  }

  private receive(message: FromWorkerMessage): void {
    const entry = this.pending.get(message.id);
    if (entry === undefined) return;
    if (message.type === 'progress' || message.type === 'paused') {
      (message.type === 'progress' ? entry.progress : entry.paused)?.(message.report);
      return;
    }
    this.pending.delete(message.id);
    if (this.current?.id === message.id) this.current = null;
    if (message.type === 'done') entry.resolve(message.result);
    else entry.reject(new Error(message.message));
  }
}
