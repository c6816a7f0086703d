import { expect, test } from 'vitest';
import {
  JobClient,
  createMemoryPortPair,
  serveJobs,
  type FromWorkerMessage,
  type SweepJobSpec,
  type SweepReport,
  type ToWorkerMessage,
} from '../../../src/engine/index';

const sweep: SweepJobSpec = {
  kind: 'sweep',
  base: {
    kind: 'train',
    data: { kind: 'xor' },
    model: { sizes: [2, 4, 1], activations: ['tanh', 'identity'] },
    loss: 'mse',
    optimizer: { kind: 'sgd', learningRate: 0.1 },
    batch: { kind: 'full' },
    steps: 20,
    seed: 1,
    report: { every: 5 },
  },
  learningRates: [0.01, 0.1],
};

test('client.start(sweep spec) returns a handle typed by kind: sweep reports, and a sweep result from done', async () => {
  const [page, worker] = createMemoryPortPair<ToWorkerMessage, FromWorkerMessage>();
  serveJobs(worker, { progressInterval: 0 });
  const handle = new JobClient(page).start(sweep);
  const reports: SweepReport[] = [];
  // No cast: the handle of a sweep hears SweepReports (with the old TrainReport | SweepReport this push fails astro check).
  handle.onProgress((report) => reports.push(report));
  const result = await handle.done;
  // `done` resolves to the sweep's result, so `runs` needs no narrowing on kind.
  expect(result.runs.map((run) => run.learningRate)).toEqual([0.01, 0.1]);
  expect(reports.length).toBeGreaterThan(0);
  expect(reports.every((report) => typeof report.runIndex === 'number')).toBe(true);
});
