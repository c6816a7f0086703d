import { describe, expect, test } from 'vitest';
import { runJob, type SweepRun } from '../../../src/engine/index';
import { curvesSpec } from '../../../components/LearningRateSweep/plot-specs';
import { LearningRateSweepProps } from '../../../components/LearningRateSweep/schema';
import { buildSweepSpec } from '../../../components/LearningRateSweep/sweep-spec';
import type { Point } from '../../../components/shared/plot-spec';

function circles(): { runs: readonly SweepRun[]; rates: readonly number[] } {
  const spec = buildSweepSpec(LearningRateSweepProps.parse({ dataset: 'circles' }));
  const result = runJob(spec);
  if (result.kind !== 'sweep') throw new Error('expected a sweep');
  return { runs: result.runs, rates: spec.learningRates };
}

function seriesOf(runs: readonly SweepRun[], rates: readonly number[]): { name: string; points: Point[] }[] {
  const mark = curvesSpec(runs, rates).marks.find((m) => m.type === 'series');
  if (mark?.type !== 'series') throw new Error('expected a series mark');
  return mark.series as { name: string; points: Point[] }[];
}

describe('curvesSpec', () => {
  const { runs, rates } = circles();
  const series = seriesOf(runs, rates);

  test('a run that finished is drawn whole, to its final loss after the last step, even where it leaves the panel', () => {
    const best = series.find((s) => s.name === '0.464');
    const run = runs.find((r) => r.learningRate.toPrecision(3) === '0.464');
    expect(run?.status).toBe('completed');
    expect(best?.points).toHaveLength(run!.curve.length + 1);
    expect(best?.points.at(-1)).toEqual([300, run!.finalLoss]);
  });

  test('a diverged run is cut just past the top of the panel', () => {
    for (const run of runs.filter((r) => r.status === 'diverged')) {
      const points = series.find((s) => s.name === String(run.learningRate))?.points ?? [];
      expect(points.length).toBeLessThan(run.curve.length + 1);
    }
    expect(runs.filter((r) => r.status === 'diverged')).toHaveLength(3);
  });

  test('the circles prose: η = 0.464 as the figure plots it (every third step, then the final loss)', () => {
    const run = runs.find((r) => r.learningRate.toPrecision(3) === '0.464')!;
    const top = Math.min(3, run.curve[0].loss) * 1.5;
    const at = (step: number): number => run.curve.find((p) => p.step === step)!.loss;
    expect(at(150).toFixed(3)).toBe('0.029');
    expect(at(156).toPrecision(2)).toBe('4.2');
    // It leaves the panel three times: from step 156, 210 and 258.
    const leaves = run.curve.filter((p, i) => p.loss > top && run.curve[i - 1].loss <= top).map((p) => p.step);
    expect(leaves).toEqual([156, 210, 258]);
    const lowest = run.curve.reduce((a, b) => (b.loss < a.loss ? b : a));
    expect([lowest.step, lowest.loss.toFixed(3)]).toEqual([246, '0.026']);
    // Climbing at the end: the last plotted points rise to the final loss.
    expect(run.curve.at(-2)!.loss).toBeLessThan(run.curve.at(-1)!.loss);
    expect(run.curve.at(-1)!.loss).toBeLessThan(run.finalLoss);
    expect(run.finalLoss.toFixed(4)).toBe('0.2427');
    const othersBest = Math.min(...runs.filter((r) => r !== run && r.status === 'completed').map((r) => r.finalLoss));
    expect(lowest.loss).toBeLessThan(othersBest);
  });
});
