import { describe, expect, test } from 'vitest';
import {
  JobClient,
  runJob,
  type JobResult,
  type SweepJobSpec,
  type SweepReport,
  type TrainJobSpec,
  type TrainReport,
} from '../../../src/engine/index';
import { connect, trainResult } from './job-harness';

const job: TrainJobSpec = {
  kind: 'train',
  data: { kind: 'circles', count: 60, noise: 0.05, factor: 0.5, seed: 3 },
  model: { sizes: [2, 6, 1], activations: ['tanh', 'sigmoid'] },
  loss: 'bce',
  optimizer: { kind: 'rmsprop', learningRate: 0.01, momentum: 0.5, centered: true },
  batch: { kind: 'mini', size: 16 },
  steps: 1500,
  seed: 5,
  report: { every: 10, weights: true },
};

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A worker and a client joined by in-memory ports. Every clock reading moves 10 ms on, so
 * progress is due after almost every chunk, and chunks stay one step long.
 */
function connectStepwise(): JobClient {
  let now = 0;
  return connect({ clock: () => (now += 10), yieldControl: turn });
}

/** Indices where two number lists differ in any bit (Object.is tells 0 from −0 and NaN from NaN). */
function differences(actual: readonly number[], expected: readonly number[]): number[] {
  expect(actual).toHaveLength(expected.length);
  return actual.flatMap((value, i) => (Object.is(value, expected[i]) ? [] : [i]));
}

function expectSameTraining(actual: JobResult, expected: JobResult): void {
  const a = trainResult(actual);
  const b = trainResult(expected);
  expect(a.result.status).toBe('completed');
  expect(a.result.steps).toBe(b.result.steps);
  expect(Object.is(a.result.finalLoss, b.result.finalLoss)).toBe(true);
  expect(differences(a.report.curve.map((p) => p.loss), b.report.curve.map((p) => p.loss))).toEqual([]);
  expect(differences(a.report.weights!, b.report.weights!)).toEqual([]);
}

describe('pause and resume', () => {
  test('a paused job posts no progress, and after resume() its numbers equal an uninterrupted run bit for bit', async () => {
    const uninterrupted = runJob(job);
    const handle = connectStepwise().start(job);
    const pieces: TrainReport[] = [];
    let progressCount = 0;
    const paused = new Promise<TrainReport>((resolve) => handle.onPaused((report) => resolve(report as TrainReport)));
    handle.onProgress((report) => {
      pieces.push(report as TrainReport);
      progressCount += 1;
      if (progressCount === 30) handle.pause();
    });
    let isDone = false;
    void handle.done.then(() => (isDone = true));

    const pausedReport = await paused;
    pieces.push(pausedReport);
    const countAtPause = progressCount;
    for (let i = 0; i < 50; i++) await turn();
    expect(progressCount).toBe(countAtPause);
    expect(isDone).toBe(false);
    expect(pausedReport.step).toBeGreaterThan(0);
    expect(pausedReport.step).toBeLessThan(job.steps! - 1);

    handle.resume();
    const result = await handle.done;
    expectSameTraining(result, uninterrupted);
    // The progress pieces and the paused report add up to the start of the final curve.
    const delivered = pieces.flatMap((piece) => piece.curve);
    expect(delivered).toEqual(trainResult(result).report.curve.slice(0, delivered.length));
  });

  test('pausing and resuming three times still gives the uninterrupted numbers', async () => {
    const uninterrupted = runJob(job);
    const handle = connectStepwise().start(job);
    let pauses = 0;
    let progressCount = 0;
    handle.onProgress(() => {
      progressCount += 1;
      if (progressCount % 4 === 0 && pauses < 3) handle.pause();
    });
    handle.onPaused(() => {
      pauses += 1;
      handle.resume();
    });
    expectSameTraining(await handle.done, uninterrupted);
    expect(pauses).toBe(3);
  });

  test('a resume sent before the pause takes effect cancels it: no paused message, same numbers', async () => {
    const handle = connectStepwise().start(job);
    let pauses = 0;
    handle.onPaused(() => (pauses += 1));
    handle.pause();
    handle.resume();
    expectSameTraining(await handle.done, runJob(job));
    expect(pauses).toBe(0);
  });

  test('stop() ends a paused job with status aborted', async () => {
    const handle = connectStepwise().start(job);
    const paused = new Promise<TrainReport>((resolve) => handle.onPaused((report) => resolve(report as TrainReport)));
    handle.pause();
    const report = await paused;
    handle.stop();
    const { result } = trainResult(await handle.done);
    expect(result.status).toBe('aborted');
    expect(result.steps).toBe(report.step + 1);
  });

  test('a new start on the same client ends a paused job', async () => {
    const client = connectStepwise();
    const first = client.start(job);
    const paused = new Promise<void>((resolve) => first.onPaused(() => resolve()));
    first.pause();
    await paused;
    const second = client.start({ ...job, steps: 20 });
    expect(trainResult(await first.done).result.status).toBe('aborted');
    expect(trainResult(await second.done).result.status).toBe('completed');
  });

  test('a paused sweep resumes with the same runs as an uninterrupted sweep, bit for bit', async () => {
    const sweep: SweepJobSpec = {
      kind: 'sweep',
      base: { ...job, optimizer: { kind: 'sgd', learningRate: 0.1, momentum: 0.9 }, steps: 300 },
      learningRates: [0.01, 0.1, 0.5],
    };
    const uninterrupted = runJob(sweep);
    if (uninterrupted.kind !== 'sweep') throw new Error('expected a sweep result');
    const handle = connectStepwise().start(sweep);
    const paused = new Promise<SweepReport>((resolve) => handle.onPaused((report) => resolve(report as SweepReport)));
    let progressCount = 0;
    handle.onProgress(() => {
      progressCount += 1;
      if (progressCount === 350) handle.pause();
    });
    const report = await paused;
    expect(report.runIndex).toBeGreaterThan(0);
    handle.resume();
    const result = await handle.done;
    if (result.kind !== 'sweep') throw new Error('expected a sweep result');
    expect(result.runs.map((run) => run.status)).toEqual(['completed', 'completed', 'completed']);
    result.runs.forEach((run, i) => {
      const expected = uninterrupted.runs[i];
      expect(Object.is(run.finalLoss, expected.finalLoss)).toBe(true);
      expect(differences(run.curve.map((p) => p.loss), expected.curve.map((p) => p.loss))).toEqual([]);
    });
  });
});
