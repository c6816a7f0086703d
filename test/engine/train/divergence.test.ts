import { describe, expect, test } from 'vitest';
import {
  DIVERGENCE_FACTOR,
  Mlp,
  TrainingSession,
  createRng,
  divergenceLimit,
  lossDivergence,
  makeXor,
  mlp,
  type TrainOptions,
} from '../../../src/engine/index';

describe('the divergence rule', () => {
  test('divergenceLimit(start) is 10⁶ times the start loss, and never below 10⁶', () => {
    expect(DIVERGENCE_FACTOR).toBe(1e6);
    expect(divergenceLimit(0.25)).toBe(1e6);
    expect(divergenceLimit(4.5)).toBe(4.5e6);
  });

  test('lossDivergence(loss, start) names the reason once the loss is not finite or past the limit', () => {
    expect(lossDivergence(Number.NaN, 0.25)).toBe('loss is NaN');
    expect(lossDivergence(Number.POSITIVE_INFINITY, 0.25)).toBe('loss is Infinity');
    expect(lossDivergence(1e6, 0.25)).toBeNull();
    expect(lossDivergence(1.0000001e6, 0.25)).toBe('loss grew past its limit');
    expect(lossDivergence(4e6, 4.5)).toBeNull();
    expect(lossDivergence(5e6, 4.5)).toBe('loss grew past its limit');
  });
});

describe('TrainingSession and the rule', () => {
  const options: TrainOptions = {
    loss: 'mse',
    optimizer: { kind: 'sgd', learningRate: 3 },
    batch: { kind: 'full' },
    steps: 40,
    reportEvery: 5,
    onProgress: () => {},
  };
  const model = () => new Mlp(mlp([2, 8, 1], { hidden: 'tanh', output: 'identity' })).initializeInPlace(createRng(1));

  test('a loss past 10⁶ times its start ends the run as diverged, with the sentence', () => {
    const session = new TrainingSession(model(), makeXor(), options);
    session.advance(40);
    const { status, divergence } = session.result();
    expect(status).toBe('diverged');
    expect(divergence?.reason).toBe('loss grew past its limit');
    expect(divergence?.loss).toBeGreaterThan(1e6 * Math.max(divergence?.startLoss ?? Number.NaN, 1));
    expect(divergence?.message).toMatch(/^diverged at step \d+: the loss rose from .+, more than 10⁶ times its start; the learning rate 3 is too large for this network$/);
  });

  test('where a worker cuts its chunks never changes the verdict', () => {
    const whole = new TrainingSession(model(), makeXor(), options);
    whole.advance(40);
    const stepwise = new TrainingSession(model(), makeXor(), options);
    while (!stepwise.isFinished) stepwise.advance(1);
    expect(stepwise.result().divergence).toEqual(whole.result().divergence);
  });
});
