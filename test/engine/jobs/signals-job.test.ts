import { expect, test } from 'vitest';
import {
  JobClient,
  createMemoryPortPair,
  parseJobSpec,
  runJob,
  serveJobs,
  type FromWorkerMessage,
  type SignalsJobResult,
  type SignalsJobSpec,
  type SignalsReport,
  type ToWorkerMessage,
} from '../../../src/engine/index';

const spec: SignalsJobSpec = {
  kind: 'signals',
  depth: 4,
  width: 16,
  activation: 'tanh',
  init: { kind: 'xavierNormal' },
  rows: 32,
  steps: 5,
  learningRate: 0.1,
  seed: 3,
};

const run = (job: SignalsJobSpec) => runJob(job) as SignalsJobResult;

test('runJob(signals spec) looks at every hidden layer at the start and after the steps, and trains them', () => {
  const result = run(spec);
  expect(result.atStart.map((layer) => layer.layer)).toEqual([1, 2, 3, 4]);
  expect(result.after).toHaveLength(4);
  expect(result.training.status).toBe('completed');
  expect(result.training.steps).toBe(5);
  expect(result.training.finalLoss).toBeLessThan(result.startLoss);
  expect(result.after[0].activations.std).not.toBe(result.atStart[0].activations.std);
});

test('runJob(signals spec) gives the same numbers for the same seed, and others for another', () => {
  expect(run(spec)).toEqual(run(spec));
  expect(run({ ...spec, seed: 4 }).atStart[0].activations.std).not.toBe(run(spec).atStart[0].activations.std);
});

test('runJob(signals spec) with 0 steps reports the start twice and its loss as the final one', () => {
  const result = run({ ...spec, steps: 0 });
  expect(result.after).toEqual(result.atStart);
  expect(result.training.finalLoss).toBe(result.startLoss);
});

test('runJob(signals spec) that blows up ends as diverged, with both looks still reported', () => {
  const result = run({ ...spec, activation: 'relu', init: { kind: 'normal', mean: 0, std: 10 }, width: 64 });
  expect(result.training.status).toBe('diverged');
  expect(result.training.divergence?.message).toMatch(/^diverged at step \d+/);
  expect(result.after).toHaveLength(4);
});

test('a signals job in a worker reports its steps and ends with the result runJob gives', async () => {
  const [page, worker] = createMemoryPortPair<ToWorkerMessage, FromWorkerMessage>();
  serveJobs(worker, { progressInterval: 0 });
  const handle = new JobClient(page).start(spec);
  const reports: SignalsReport[] = [];
  handle.onProgress((report) => reports.push(report));
  const result = await handle.done;
  expect(result).toEqual(run(spec));
  expect(reports.every((report) => Number.isInteger(report.step) && report.step < 5)).toBe(true);
});

test('parseJobSpec(signals spec) names the bad field, what it expected and what came', () => {
  const message = (change: Record<string, unknown>) => {
    try {
      parseJobSpec({ ...spec, ...change });
      return 'no error';
    } catch (error) {
      return (error as Error).message;
    }
  };
  expect(message({ width: 0 })).toMatchInlineSnapshot(`"parseJobSpec: width: expected an integer from 1 to 512, got 0"`);
  expect(message({ depth: 51 })).toMatchInlineSnapshot(`"parseJobSpec: depth: expected an integer from 1 to 50, got 51"`);
  expect(message({ activation: 'tan' })).toMatchInlineSnapshot(`"parseJobSpec: activation: expected an activation name such as relu or tanh, got "tan" (a string)"`);
  expect(message({ init: { kind: 'xavier' } })).toMatchInlineSnapshot(`"parseJobSpec: init.kind: expected one of "zeros", "ones", "constant", "normal", "uniform", "truncatedNormal", "xavierNormal", "xavierUniform", "heNormal", "heUniform", "lecunNormal", got "xavier" (a string)"`);
  expect(message({ steps: -1 })).toMatchInlineSnapshot(`"parseJobSpec: steps: expected an integer from 0 to 100000, got -1"`);
  expect(message({ learningRate: 0 })).toMatchInlineSnapshot(`"parseJobSpec: learningRate: expected a number from 1e-9 to 100, got 0"`);
});
