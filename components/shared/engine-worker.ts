/**
 * The Web Worker that runs the engine's training jobs, so training never blocks the page.
 * It only turns the worker's global scope into the engine's `Port` and serves jobs on it;
 * everything else lives in src/engine/jobs. Pages start it through start-job.ts.
 */
import { serveJobs, type FromWorkerMessage, type Port, type ToWorkerMessage } from '../../src/engine/index';

/** The two members of a dedicated worker's global scope this file uses (the site compiles with DOM types). */
interface WorkerScope {
  postMessage(message: FromWorkerMessage): void;
  onmessage: ((event: MessageEvent<ToWorkerMessage>) => void) | null;
}

const scope = self as unknown as WorkerScope;

const port: Port<ToWorkerMessage, FromWorkerMessage> = {
  postMessage: (message) => scope.postMessage(message),
  onMessage: (handler) => {
    scope.onmessage = (event) => handler(event.data);
  },
};

serveJobs(port);
