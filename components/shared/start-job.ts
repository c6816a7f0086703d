/**
 * Page side: starts the engine's training worker (engine-worker.ts) and hands back a job
 * client for it. Each widget instance starts its own worker the first time it trains:
 *
 *   const jobs = startJobWorker((message) => showError(message));
 *   const handle = jobs.client.start(spec);   // a new start stops the previous job
 *   handle.onProgress((report) => …);
 *   const result = await handle.done;
 *
 * The worker URL is resolved by the bundler from this file's location, so it works under
 * any base path (no absolute URLs).
 */
import { JobClient, type FromWorkerMessage, type Port, type ToWorkerMessage } from '../../src/engine/index';

export interface JobWorker {
  readonly client: JobClient;
  /** Ends the worker and any job in it. */
  terminate(): void;
}

/** Starts a worker; `onFailure` hears, in words, if the worker itself cannot load or crashes. */
export function startJobWorker(onFailure: (message: string) => void): JobWorker {
  const worker = new Worker(new URL('./engine-worker.ts', import.meta.url), { type: 'module', name: 'engine' });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    onFailure(`the training worker stopped: ${event.message || 'it could not be loaded'}`);
  });
  const port: Port<FromWorkerMessage, ToWorkerMessage> = {
    postMessage: (message) => worker.postMessage(message),
    onMessage: (handler) => {
      worker.onmessage = (event: MessageEvent<FromWorkerMessage>) => handler(event.data);
    },
  };
  return { client: new JobClient(port), terminate: () => worker.terminate() };
}

/**
 * The worker of one widget instance, started on first use and replaced after a crash: a
 * worker that failed is ended and forgotten, so the next run starts a fresh one.
 *
 *   const worker = new EngineWorker((message) => showFailure(message));
 *   const handle = worker.client.start(spec);
 */
export class EngineWorker {
  private current: JobWorker | null = null;

  constructor(private readonly onFailure: (message: string) => void) {}

  /** The job client of the live worker, starting one if there is none. */
  get client(): JobClient {
    this.current ??= this.startWorker();
    return this.current.client;
  }

  /** Starts the worker ahead of need (so a figure that has started can still train after the connection drops). */
  warm(): void {
    this.current ??= this.startWorker();
  }

  private startWorker(): JobWorker {
    const worker = startJobWorker((message) => {
      worker.terminate();
      if (this.current === worker) this.current = null;
      this.onFailure(message);
    });
    return worker;
  }
}
