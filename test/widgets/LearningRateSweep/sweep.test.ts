import { describe, expect, test } from 'vitest';
import { runJob, type SweepRun } from '../../../src/engine/index';
import { describeSweep, finishedText, lowestRun, sweepRows } from '../../../components/LearningRateSweep/figure';
import { LearningRateSweepProps } from '../../../components/LearningRateSweep/schema';
import { buildSweepSpec } from '../../../components/LearningRateSweep/sweep-spec';

describe('buildSweepSpec', () => {
  test('the chapter\'s sweep: moons, 2 → 8 → 1 with a linear output, mean squared error, full batch', () => {
    const spec = buildSweepSpec(LearningRateSweepProps.parse({}));
    expect(spec.base.model).toEqual({ sizes: [2, 8, 1], activations: ['tanh', 'identity'] });
    expect(spec.base.data).toEqual({ kind: 'moons', count: 200, noise: 0.1, seed: 1 });
    expect([spec.base.loss, spec.base.batch, spec.base.steps, spec.base.report]).toEqual(['mse', { kind: 'full' }, 300, { every: 3 }]);
    expect(spec.learningRates).toHaveLength(10);
  });

  test('the chapter\'s sweep has its valley: slow on the left, diverged on the right', () => {
    const result = runJob(buildSweepSpec(LearningRateSweepProps.parse({})));
    if (result.kind !== 'sweep') throw new Error('expected a sweep');
    const statuses = result.runs.map((run) => run.status);
    expect(statuses).toEqual([...Array(7).fill('completed'), 'diverged', 'diverged', 'diverged']);
    const losses = result.runs.slice(0, 7).map((run) => run.finalLoss);
    expect(losses[0]).toBeGreaterThan(2 * Math.min(...losses));
  });
});

describe('sweepRows and describeSweep', () => {
  const runs: SweepRun[] = [
    { learningRate: 0.01, status: 'completed', curve: [], finalLoss: 0.25 },
    { learningRate: 0.1, status: 'completed', curve: [], finalLoss: 0.0812345 },
    {
      learningRate: 1,
      status: 'diverged',
      curve: [],
      finalLoss: Number.NaN,
      divergence: {
        step: 37,
        reason: 'loss is Infinity',
        learningRate: 1,
        startLoss: 0.25,
        loss: Number.POSITIVE_INFINITY,
        message: 'diverged at step 37: the loss overflowed to Infinity after starting at 0.25; the learning rate 1 is too large for this network',
      },
    },
  ];

  test('each run reads as its final loss or its divergence in words', () => {
    expect(sweepRows(runs).map((row) => row.outcome)).toEqual([
      'final loss 0.25',
      'final loss 0.08123',
      'diverged at step 37: the loss overflowed to Infinity after starting at 0.25; the learning rate 1 is too large for this network',
    ]);
  });

  test('lowestRun(runs) is the lowest final loss among the rates that did not diverge', () => {
    expect(lowestRun(runs)?.learningRate).toBe(0.1);
    expect(lowestRun(runs.slice(2))).toBeUndefined();
  });

  test('a finished sweep\'s status names its size, network and seed', () => {
    expect(finishedText(LearningRateSweepProps.parse({ hidden: [16, 8], seed: 4 }))).toBe('10 rates × 300 steps, network 2 → 16 → 8 → 1, seed 4');
  });

  test('the summary names the best rate and the diverged ones', () => {
    const state = LearningRateSweepProps.parse({ minRate: 0.01, maxRate: 1, count: 8 });
    expect(describeSweep(state, runs)).toMatchInlineSnapshot(`"Final training loss after 300 steps at 3 learning rates from 0.01 to 1, network 2 → 8 → 1 on the two moons data, seed 1. The lowest final loss, 0.08123, comes at η = 0.1. The rate 1 diverged."`);
  });
});
