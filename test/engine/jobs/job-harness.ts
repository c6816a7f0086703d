/** What the job tests share: a worker and a client over in-memory ports, and result narrowing. */
import {
  JobClient,
  createMemoryPortPair,
  serveJobs,
  type FromWorkerMessage,
  type JobResult,
  type ServeOptions,
  type ToWorkerMessage,
} from '../../../src/engine/index';

/** A worker serving jobs and a client joined by in-memory ports; `options` drive the runner's clock and yields. */
export function connect(options: ServeOptions = {}): JobClient {
  const [pagePort, workerPort] = createMemoryPortPair<ToWorkerMessage, FromWorkerMessage>();
  serveJobs(workerPort, options);
  return new JobClient(pagePort);
}

/** The result of a train job (throws for a sweep). */
export function trainResult(result: JobResult) {
  if (result.kind !== 'train') throw new Error('expected a train result');
  return result;
}
