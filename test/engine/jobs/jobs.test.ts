import { describe, expect, test } from 'vitest';
import {
  createMemoryPortPair,
  runJob,
  serveJobs,
  type FromWorkerMessage,
  type SweepJobSpec,
  type ToWorkerMessage,
  type TrainJobSpec,
  type TrainReport,
} from '../../../src/engine/index';
import { connect, trainResult } from './job-harness';

const circlesJob: TrainJobSpec = {
  kind: 'train',
  data: { kind: 'circles', count: 80, noise: 0.05, factor: 0.5, seed: 3 },
  test: { kind: 'circles', count: 40, noise: 0.05, factor: 0.5, seed: 4 },
  model: { sizes: [2, 8, 1], activations: ['relu', 'sigmoid'] },
  init: { kind: 'heNormal' },
  loss: 'bce',
  optimizer: { kind: 'adam', learningRate: 0.05 },
  batch: { kind: 'mini', size: 16 },
  epochs: 40,
  seed: 7,
  report: { every: 20, accuracy: true, weights: true, stats: true, boundary: { resolution: 5, extent: [-1.5, 1.5, -1.5, 1.5] } },
};

/** A one-neuron job on `inputs` and `targets` from zero weights and bias: every output is exactly 0.5. */
function zeroStartJob(inputs: number[][], targets: number[], steps: number, report: TrainJobSpec['report']): TrainJobSpec {
  return {
    kind: 'train',
    data: { kind: 'points', inputs, targets },
    model: { sizes: [2, 1], activations: ['sigmoid'] },
    parameters: [0, 0, 0],
    loss: 'bce',
    optimizer: { kind: 'sgd', learningRate: 0.1 },
    batch: { kind: 'full' },
    steps,
    seed: 1,
    report,
  };
}

describe('jobs', () => {
  test("runJob(train spec) counts an output of exactly 0.5 as class 1, or as class 0 under accuracyRule 'above'", () => {
    // Zero weights and biases: the sigmoid says 0.5 for every point, so only the rule decides.
    const job = zeroStartJob([[0, 1], [1, 0], [1, 1]], [0, 0, 1], 0, { every: 1, accuracy: true });
    expect(trainResult(runJob(job)).report.accuracy).toBe(1 / 3);
    expect(trainResult(runJob({ ...job, report: { every: 1, accuracy: true, accuracyRule: 'above' } })).report.accuracy).toBe(2 / 3);
  });

  test('runJob(train spec) with report.numpyCost gives each loss point the cost computed the NumPy exercise’s way', () => {
    // Zero weights: every output is 0.5, so each cost is ln 2, to the last bit only when summed pairwise.
    const inputs = Array.from({ length: 300 }, (_, i) => [i / 300, 1 - i / 300]);
    const job = zeroStartJob(inputs, inputs.map((_, i) => i % 2), 1, { every: 1, numpyCost: true });
    const { curve } = trainResult(runJob(job)).report;
    expect(curve.map((point) => point.numpyCost)).toEqual([0.6931471805599453]);
    expect(curve[0].loss).toBe(0.6931471805599467);
    expect(trainResult(runJob({ ...job, report: { every: 1 } })).report.curve[0]).toEqual({ step: 0, loss: 0.6931471805599467 });
  });

  test('runJob(train spec) reports loss curve, accuracies, boundary, weights and stats', () => {
    const { result, report } = trainResult(runJob(circlesJob));
    expect(result.status).toBe('completed');
    expect(result.steps).toBe(200);
    expect(report.curve.map((point) => point.step)).toEqual([0, 20, 40, 60, 80, 100, 120, 140, 160, 180, 199]);
    expect(report.accuracy).toBeGreaterThan(0.9);
    expect(report.testAccuracy).toBeGreaterThan(0.9);
    expect(report.boundary).toHaveLength(25);
    expect(report.weights).toHaveLength(8 * 2 + 8 + 8 + 1);
    expect(report.stats).toHaveLength(2);
    expect(report.stats![0].deadFraction).toBeGreaterThanOrEqual(0);
    expect({ finalLoss: result.finalLoss, accuracy: report.accuracy, testAccuracy: report.testAccuracy }).toMatchInlineSnapshot(`
      {
        "accuracy": 1,
        "finalLoss": 0.007344537657715605,
        "testAccuracy": 1,
      }
    `);
  });

  test('a job through the worker protocol gives the same numbers as runJob', async () => {
    const client = connect();
    const handle = client.start(circlesJob);
    const viaWorker = await handle.done;
    expect(viaWorker).toEqual(runJob(circlesJob));
  });

  test('progress is throttled by the clock and its curve pieces add up to the whole curve', async () => {
    let now = 0;
    // Every clock reading moves 10 ms on, so a report is due about every fourth reading.
    const client = connect({ clock: () => (now += 10) });
    const handle = client.start(circlesJob);
    const pieces: TrainReport[] = [];
    handle.onProgress((report) => pieces.push(report as TrainReport));
    const { report } = trainResult(await handle.done);
    expect(pieces.length).toBeGreaterThan(0);
    expect(pieces.flatMap((piece) => piece.curve)).toEqual(report.curve.slice(0, pieces.flatMap((p) => p.curve).length));
  });

  test('with a clock that stands still no progress message is sent', async () => {
    const client = connect({ clock: () => 0 });
    const handle = client.start(circlesJob);
    let count = 0;
    handle.onProgress(() => count++);
    await handle.done;
    expect(count).toBe(0);
  });

  test('a new start on the same client stops the previous run', async () => {
    const client = connect();
    const long = client.start({ ...circlesJob, epochs: 1_000_000 });
    const short = client.start({ ...circlesJob, epochs: 1 });
    expect(trainResult(await long.done).result.status).toBe('aborted');
    expect(trainResult(await short.done).result.status).toBe('completed');
  });

  test('stop() ends a run with status aborted', async () => {
    const client = connect();
    const handle = client.start({ ...circlesJob, epochs: 1_000_000 });
    handle.stop();
    const { result } = trainResult(await handle.done);
    expect(result.status).toBe('aborted');
    expect(result.steps).toBeLessThan(5 * 1_000_000);
  });

  test('a sweep trains once per learning rate and marks the rates that diverge', async () => {
    const rates = Array.from({ length: 8 }, (_, i) => 10 ** (-3 + i * 0.75));
    const sweep: SweepJobSpec = {
      kind: 'sweep',
      base: {
        ...circlesJob,
        model: { sizes: [2, 8, 1], activations: ['tanh', 'identity'] },
        loss: 'mse',
        optimizer: { kind: 'sgd', learningRate: 0.1 },
        batch: { kind: 'full' },
        epochs: 60,
        report: { every: 10 },
      },
      learningRates: rates,
    };
    const result = runJob(sweep);
    if (result.kind !== 'sweep') throw new Error('expected a sweep result');
    // Through the in-memory port the same numbers arrive, copied as JSON (NaN and Infinity become null).
    const viaWorker = await connect().start(sweep).done;
    expect(viaWorker).toEqual(JSON.parse(JSON.stringify(result)));
    expect(result.runs.map((run) => run.learningRate)).toEqual(rates);
    expect(result.runs.map((run) => run.status)).toMatchInlineSnapshot(`
      [
        "completed",
        "completed",
        "completed",
        "completed",
        "diverged",
        "diverged",
        "diverged",
        "diverged",
      ]
    `);
    const diverged = result.runs.find((run) => run.status === 'diverged');
    expect(diverged?.divergence?.learningRate).toBe(diverged?.learningRate);
    expect(result.runs[3].curve).toHaveLength(7);
  });

  test('runJob trains hinge loss on 0/1 labels (mapped to ±1) and softmax on class indices', () => {
    const hinge = trainResult(
      runJob({ ...circlesJob, model: { sizes: [2, 8, 1], activations: ['relu', 'identity'] }, loss: 'hinge' }),
    );
    expect(hinge.report.accuracy).toBeGreaterThan(0.9);
    const blobs = trainResult(
      runJob({
        ...circlesJob,
        data: { kind: 'blobs', count: 90, centers: [[-2, 0], [2, 0], [0, 3]], std: 0.5, seed: 1 },
        test: undefined,
        model: { sizes: [2, 8, 3], activations: ['tanh', 'identity'] },
        loss: 'softmaxCrossEntropy',
        report: { every: 50, accuracy: true, boundary: { resolution: 3, extent: [-3, 3, -1, 4] } },
      }),
    );
    expect(blobs.report.accuracy).toBeGreaterThan(0.95);
    // With three outputs the grid holds the winning class of each point.
    expect(blobs.report.boundary!.every((c) => c === 0 || c === 1 || c === 2)).toBe(true);
  });

  test('a bad spec from client.start rejects its done with the worker\'s error naming the bad field', async () => {
    const client = connect();
    const bad = { ...circlesJob, model: { sizes: [2, -3, 1], activations: ['relu', 'sigmoid'] } } as unknown as TrainJobSpec;
    await expect(client.start(bad).done).rejects.toThrow('parseJobSpec: model.sizes[1]: expected an integer from 1 to 4096, got -3');
  });

  test('the worker answers a bad spec with an error message', async () => {
    const [pagePort, workerPort] = createMemoryPortPair<ToWorkerMessage, FromWorkerMessage>();
    serveJobs(workerPort);
    const answer = new Promise<FromWorkerMessage>((resolve) => pagePort.onMessage(resolve));
    pagePort.postMessage({ type: 'start', id: 1, job: { ...circlesJob, loss: 'cosine' } as unknown as TrainJobSpec });
    expect(await answer).toMatchInlineSnapshot(`
      {
        "id": 1,
        "message": "parseJobSpec: loss: expected one of "mse", "l1", "huber", "bce", "bceWithLogits", "softmaxCrossEntropy", "hinge", got "cosine" (a string)",
        "type": "error",
      }
    `);
  });
});
