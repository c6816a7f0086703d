/**
 * Browser: the figure's RunJob (symmetry-run.ts) over its engine worker. A job the worker
 * stopped because a newer one started ends as 'aborted' and throws Superseded, which the view
 * drops quietly; a diverged run throws the engine's sentence, which the figure shows.
 */
import type { TrainJobResult, TrainJobSpec } from '../../src/engine/index';
import type { EngineWorker } from '../shared/start-job';
import type { RunJob } from './symmetry-run';

/** A job the run no longer wants: a newer action started a job on the same worker. */
export class Superseded extends Error {}

export function workerRun(worker: EngineWorker): RunJob {
  return async (spec: TrainJobSpec): Promise<TrainJobResult> => {
    const ended = await worker.client.start(spec).done;
    if (ended.result.status === 'aborted') throw new Superseded();
    if (ended.result.divergence) throw new Error(ended.result.divergence.message);
    return ended;
  };
}
