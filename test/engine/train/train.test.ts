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
import { compileForData } from '../../../src/engine/train/training-data';

const circles = () => makeCircles({ count: 60, noise: 0.05, factor: 0.5 }, createRng(2));
const model = (seed = 1) =>
  new Mlp(mlp([2, 8, 1], { hidden: 'tanh', output: 'sigmoid', init: { kind: 'xavierNormal' } })).initializeInPlace(createRng(seed));
const base: TrainOptions = {
  loss: 'bce',
  optimizer: { kind: 'sgd', learningRate: 0.5 },
  batch: { kind: 'full' },
  steps: 200,
};

const xorModel = () => new Mlp(mlp([2, 8, 1], { hidden: 'relu', output: 'identity' })).initializeInPlace(createRng(3));
const xorOptions = (learningRate: number): TrainOptions => ({
  loss: 'mse',
  optimizer: { kind: 'sgd', learningRate },
  batch: { kind: 'full' },
  steps: 1000,
});

/** Plain full-batch gradient descent written out over the compiled model: the first step whose loss is past 10⁶ · max(start, 1). */
function firstStepPastLimitByHand(learningRate: number, maxSteps: number): number | null {
  const model = xorModel();
  const data = makeXor();
  const program = compileForData(model.spec, 'mse', model.parameters, data);
  let start = Number.NaN;
  for (let step = 0; step < maxSteps; step++) {
    const loss = program.computeGradients(data.count);
    if (step === 0) start = loss;
    if (!(loss <= 1e6 * Math.max(start, 1))) return step;
    for (let i = 0; i < program.parameters.length; i++) program.parameters[i] -= learningRate * program.gradients[i];
  }
  return null;
}

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
    const result = train(xorModel(), makeXor(), { ...xorOptions(50), steps: 1000 });
    expect(result.status).toBe('diverged');
    // The loss passes 10⁶ times its start at step 2, long before it overflows to Infinity (step 77
    // when only reported steps were checked and nothing was reported).
    expect(result.divergence).toMatchInlineSnapshot(`
      {
        "learningRate": 50,
        "loss": 4403768119.736189,
        "message": "diverged at step 2: the loss rose from 0.6141 to 4.4 × 10⁹, more than 10⁶ times its start; the learning rate 50 is too large for this network",
        "reason": "loss grew past its limit",
        "startLoss": 0.6141331718417481,
        "step": 2,
      }
    `);
    // The step whose loss broke the rule applies no update.
    expect(result.steps).toBe(2);
  });

  test('train(diverging rate) stops at the first step past the limit, whatever the step count and the report interval', () => {
    for (const rate of [2, 5, 50]) {
      const expected = firstStepPastLimitByHand(rate, 1000);
      expect(expected).not.toBeNull();
      const steps = [100, 1000].flatMap((total) =>
        [undefined, 1, 7, 50].map((every) => {
          const reported: number[] = [];
          const options = { ...xorOptions(rate), steps: total };
          const result = every === undefined
            ? train(xorModel(), makeXor(), options)
            : train(xorModel(), makeXor(), { ...options, reportEvery: every, onProgress: (p) => reported.push(p.step) });
          // The diverging step is reported too, so a loss curve ends on its blow-up.
          if (every !== undefined) expect(reported.at(-1)).toBe(result.divergence?.step);
          return result.divergence?.step;
        }),
      );
      expect([rate, ...steps]).toEqual([rate, ...Array(8).fill(expected)]);
    }
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
