import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import {
  Mlp,
  TrainingSession,
  createRng,
  makeCircles,
  makeXor,
  mlp,
  train,
  type TrainOptions,
} from '../../../src/engine/index';

const circles = () => makeCircles({ count: 60, noise: 0.05, factor: 0.5 }, createRng(2));
const model = (seed = 1) =>
  new Mlp(mlp([2, 8, 1], { hidden: 'tanh', output: 'sigmoid', init: { kind: 'xavierNormal' } })).initializeInPlace(createRng(seed));
const base: TrainOptions = {
  loss: 'bce',
  optimizer: { kind: 'sgd', learningRate: 0.5 },
  batch: { kind: 'full' },
  steps: 200,
};

describe('train', () => {
  test('train(full batch) lowers the loss and reports at the cadence and at the last step', () => {
    const steps: number[] = [];
    const losses: number[] = [];
    const result = train(model(), circles(), {
      ...base,
      reportEvery: 50,
      onProgress: (p) => {
        steps.push(p.step);
        losses.push(p.loss);
      },
    });
    expect(result.status).toBe('completed');
    expect(result.steps).toBe(200);
    expect(result.epochs).toBe(200);
    expect(steps).toEqual([0, 50, 100, 150, 199]);
    expect(losses[4]).toBeLessThan(losses[0]);
    expect(result.finalLoss).toBeLessThan(losses[4]);
  });

  test('train(mini batches) counts epochs and gives the same numbers for the same seed', () => {
    const run = () => {
      const m = model();
      const result = train(m, circles(), { ...base, steps: undefined, batch: { kind: 'mini', size: 16 }, epochs: 5, rng: createRng(9) });
      return { result, parameters: Array.from(m.parameters) };
    };
    const first = run();
    const second = run();
    // 60 examples in batches of 16: 4 steps an epoch, the last batch holds 12.
    expect(first.result.steps).toBe(20);
    expect(first.result.epochs).toBe(5);
    expect(second.parameters).toEqual(first.parameters);
    const other = train(model(), circles(), { ...base, steps: undefined, batch: { kind: 'mini', size: 16 }, epochs: 5, rng: createRng(10) });
    expect(other.finalLoss).not.toBe(first.result.finalLoss);
  });

  test('train(no reporting) returns the last batch loss a fully reported run measures, and the same parameters', () => {
    const losses: number[] = [];
    const reported = model();
    train(reported, circles(), { ...base, reportEvery: 1, onProgress: (p) => losses.push(p.loss) });
    const quiet = model();
    const result = train(quiet, circles(), base);
    expect(losses).toHaveLength(200);
    expect(result.lastBatchLoss).toBe(losses[199]);
    expect(Array.from(quiet.parameters)).toEqual(Array.from(reported.parameters));
    const session = new TrainingSession(model(), circles(), base);
    session.advance(37);
    expect(session.result().lastBatchLoss).toBe(losses[36]);
  });

  test('train(too large a learning rate) returns diverged with the step, reason and rate', () => {
    const m = new Mlp(mlp([2, 8, 1], { hidden: 'relu', output: 'identity' })).initializeInPlace(createRng(3));
    const result = train(m, makeXor(), {
      loss: 'mse',
      optimizer: { kind: 'sgd', learningRate: 50 },
      batch: { kind: 'full' },
      steps: 1000,
    });
    expect(result.status).toBe('diverged');
    expect(result.divergence).toMatchInlineSnapshot(`
      {
        "learningRate": 50,
        "loss": Infinity,
        "message": "diverged at step 77: the loss overflowed to Infinity after starting at 0.6141; the learning rate 50 is too large for this network",
        "reason": "loss is Infinity",
        "startLoss": 0.6141331718417481,
        "step": 77,
      }
    `);
    // The step whose loss was infinite applies no update.
    expect(result.steps).toBe(77);
  });

  test('train(signal) stops with status aborted once the signal is set', () => {
    const signal = { aborted: false };
    const result = train(model(), circles(), {
      ...base,
      signal,
      reportEvery: 1,
      onProgress: (p) => {
        if (p.step === 9) signal.aborted = true;
      },
    });
    expect(result.status).toBe('aborted');
    expect(result.steps).toBe(10);
  });

  test('TrainingSession.advance(n) in chunks gives the same parameters as one call', () => {
    const whole = model();
    train(whole, circles(), { ...base, batch: { kind: 'sample' }, steps: 90, rng: createRng(4) });
    const chunked = model();
    const session = new TrainingSession(chunked, circles(), { ...base, batch: { kind: 'sample' }, steps: 90, rng: createRng(4) });
    while (!session.isFinished) session.advance(7);
    expect(Array.from(chunked.parameters)).toEqual(Array.from(whole.parameters));
  });

  test('a long run keeps the heap flat', () => {
    // Expose V8's collector so the measurement counts live objects, not garbage awaiting collection.
    setFlagsFromString('--expose-gc');
    const collect = runInNewContext('gc') as () => void;
    const session = new TrainingSession(model(), makeXor(), { ...base, batch: { kind: 'sample' }, rng: createRng(1), steps: 400_000 });
    session.advance(20_000);
    collect();
    const before = process.memoryUsage().heapUsed;
    session.advance(200_000);
    collect();
    const growth = process.memoryUsage().heapUsed - before;
    // 200 000 steps that each kept even one small object alive would add several megabytes.
    expect(growth).toBeLessThan(1_000_000);
  });

  test('train throws when both steps and epochs are given', () => {
    expect(() => train(model(), circles(), { ...base, epochs: 3 })).toThrowErrorMatchingInlineSnapshot(`[EngineError: train: give exactly one of steps and epochs]`);
  });

  test('train throws when the data does not fit the model', () => {
    const wide = new Mlp(mlp([3, 1]));
    expect(() => train(wide, circles(), base)).toThrowErrorMatchingInlineSnapshot(`[EngineError: train: data has 2 inputs per example but the model takes 3]`);
  });

  test('train throws when a sampled batch mode has no rng', () => {
    expect(() => train(model(), circles(), { ...base, batch: { kind: 'sample' } })).toThrowErrorMatchingInlineSnapshot(`[EngineError: train: rng is required for batch mode sample]`);
  });
});
