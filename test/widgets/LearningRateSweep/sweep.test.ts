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

/** The sweeps the learning-rate chapter describes, with the numbers it quotes (and its prompts expect). */
describe('the chapter\'s sweeps', () => {
  const sweep = (props: Record<string, unknown>) => {
    const state = LearningRateSweepProps.parse(props);
    const result = runJob(buildSweepSpec(state));
    if (result.kind !== 'sweep') throw new Error('expected a sweep');
    return { runs: result.runs, summary: describeSweep(state, result.runs) };
  };
  const finals = (runs: readonly SweepRun[]) => runs.filter((run) => run.status === 'completed').map((run) => Number(run.finalLoss.toFixed(4)));

  test('moons, seed 1: best 0.08545 at η = 0.464; the diverging runs are hundreds of times their start by step 3, stopped at steps 6, 4 and 3', () => {
    const { runs, summary } = sweep({});
    expect(summary).toContain('The lowest final loss, 0.08545, comes at η = 0.464. The rates 1.29, 3.59, 10 diverged.');
    expect(finals(runs)[0]).toBe(0.2031);
    // The broad floor: 0.0215 to 0.464 all end between 0.0855 and 0.0904.
    expect(finals(runs).slice(3, 7)).toEqual([0.0904, 0.0896, 0.0883, 0.0855]);
    expect(runs[0].curve[0].loss.toFixed(4)).toBe('0.4275');
    const diverged = runs.filter((run) => run.status === 'diverged');
    for (const run of diverged) {
      const atStep3 = run.curve.find((point) => point.step === 3)!.loss;
      expect(atStep3 / run.curve[0].loss).toBeGreaterThan(400);
    }
    expect(diverged[0].curve.find((point) => point.step === 3)!.loss.toFixed(0)).toBe('174');
    // The first step whose loss is past the limit, not the first reported one (every 3rd step here).
    expect(diverged.map((run) => run.divergence?.step)).toEqual([6, 4, 3]);
  });

  test('twice the steps: the smallest rate 0.2031 → 0.1455, the best pulls away (0.464 → 0.03877), the edge stays: the same rates diverge at the same steps', () => {
    const { runs, summary } = sweep({ steps: 600 });
    expect(finals(runs)[0]).toBe(0.1455);
    expect(finals(runs).slice(3, 6)).toEqual([0.0898, 0.0888, 0.0864]);
    expect(summary).toContain('The lowest final loss, 0.03877, comes at η = 0.464. The rates 1.29, 3.59, 10 diverged.');
    expect(runs.filter((run) => run.status === 'diverged').map((run) => run.divergence?.step)).toEqual([6, 4, 3]);
  }, 30_000);

  test('seed 2: other losses, the same shape (best at 0.464, the same three rates diverge)', () => {
    expect(sweep({ seed: 2 }).summary).toContain('The lowest final loss, 0.03506, comes at η = 0.464. The rates 1.29, 3.59, 10 diverged.');
  }, 30_000);

  test('circles: the best rate moves down to 0.167, and 0.464 is back up at 0.2427', () => {
    const { runs, summary } = sweep({ dataset: 'circles' });
    expect(summary).toContain('The lowest final loss, 0.1136, comes at η = 0.167.');
    expect(finals(runs)[6]).toBe(0.2427);
    // 0.464 gets lowest first, then spikes: a rate safe early can be too large later.
    const at = (step: number) => Number(runs[6].curve.find((point) => point.step === step)!.loss.toFixed(3));
    expect([at(150), at(156)]).toEqual([0.029, 4.233]);
    expect(Math.min(...runs[5].curve.slice(0, 51).map((point) => point.loss))).toBeGreaterThan(0.029);
  }, 30_000);

  test('spirals at 300 steps: no valley, every rate from 0.00774 up to 0.464 ends between 0.207 and 0.212', () => {
    const { runs, summary } = sweep({ dataset: 'spirals' });
    expect(summary).toContain('The lowest final loss, 0.207, comes at η = 0.464.');
    const stable = finals(runs).slice(2);
    expect([Math.min(...stable), Math.max(...stable)]).toEqual([0.207, 0.2111]);
  }, 30_000);

  test('spirals at 2000 steps: the valley appears, 0.1112 at η = 0.167 and 0.1123 at 0.464', () => {
    const { runs, summary } = sweep({ dataset: 'spirals', steps: 2000 });
    expect(summary).toContain('The lowest final loss, 0.1112, comes at η = 0.167.');
    expect(finals(runs).slice(5)).toEqual([0.1112, 0.1123]);
  }, 60_000);
});
