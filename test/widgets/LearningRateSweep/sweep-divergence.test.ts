import { describe, expect, test } from 'vitest';
import { DIVERGENCE_FACTOR, runJob, type SweepRun } from '../../../src/engine/index';
import { LearningRateSweepProps } from '../../../components/LearningRateSweep/schema';
import { buildSweepSpec } from '../../../components/LearningRateSweep/sweep-spec';
import { describeSweep } from '../../../components/LearningRateSweep/figure';

// Issue 8: with 10–16 steps per rate the chapter's sweep listed final losses of 1e15–1e65
// as results and said "No rate diverged", because only NaN and Infinity counted.
describe('LearningRateSweep with few steps per rate', () => {
  for (const steps of [10, 13, 16]) {
    test(`a sweep of ${steps} steps per rate marks every rate whose loss blew up as diverged`, () => {
      const state = LearningRateSweepProps.parse({ dataset: 'moons', minRate: 0.001, maxRate: 10, count: 10, steps, seed: 1 });
      const result = runJob(buildSweepSpec(state));
      if (result.kind !== 'sweep') throw new Error('expected a sweep result');
      const runs: readonly SweepRun[] = result.runs;
      const startLoss = runs[0].curve[0].loss;
      const blownUp = runs.filter((run) => !(run.finalLoss <= DIVERGENCE_FACTOR * Math.max(startLoss, 1)));
      expect(blownUp.length).toBeGreaterThan(0);
      for (const run of blownUp) expect(run.status).toBe('diverged');
      for (const run of runs.filter((run) => run.status !== 'diverged')) expect(run.finalLoss).toBeLessThan(1e6);
      expect(describeSweep(state, runs)).not.toContain('No rate diverged');
    });
  }
});
