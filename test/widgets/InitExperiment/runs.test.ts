import { describe, expect, test } from 'vitest';
import { runJob, type TrainJobResult } from '../../../src/engine/index';
import { CLASSIC_CIRCLES } from '../../../components/InitExperiment/classic-circles';
import { buildJobSpec, reportEvery } from '../../../components/InitExperiment/job-spec';
import { publishedRunOf } from '../../../components/InitExperiment/published-match';
import { runRow } from '../../../components/InitExperiment/runs';
import { InitExperimentProps } from '../../../components/InitExperiment/schema';

describe('reportEvery(iterations)', () => {
  test('about 300 curve points, always on the printed iterations (multiples of 1000)', () => {
    expect([100, 300, 301, 15000, 15001, 30000].map(reportEvery)).toEqual([1, 1, 2, 50, 100, 100]);
    for (const iterations of [100, 777, 15000, 30000]) expect(1000 % reportEvery(iterations)).toBe(0);
  });
});

describe('buildJobSpec(settings)', () => {
  test('seeded mode: train, test and weights each from a seed of their own', () => {
    const spec = buildJobSpec(InitExperimentProps.parse({ seed: 7, init: 'xavier' }));
    expect([spec.data, spec.test, spec.seed, spec.init]).toEqual([
      { kind: 'circles', noise: 0.05, factor: 0.8, count: 300, seed: 7 },
      { kind: 'circles', noise: 0.05, factor: 0.8, count: 100, seed: 1_000_007 },
      2_000_007,
      { kind: 'xavierNormal' },
    ]);
    expect(spec.report.accuracyRule).toBeUndefined();
  });

  test('classic mode: the published points, the scaled draws, and class 1 only above 0.5', () => {
    const spec = buildJobSpec(InitExperimentProps.parse({ mode: 'classic' }), CLASSIC_CIRCLES);
    expect(spec.data.kind).toBe('points');
    expect(spec.parameters).toHaveLength(91);
    expect(spec.report.accuracyRule).toBe('above');
    expect(() => buildJobSpec(InitExperimentProps.parse({ mode: 'classic' }))).toThrow('classic mode needs the published data');
  });
});

// The full 15 000-iteration runs (seeded and classic, with their rows, sentences and notes) are
// trained once for every check that reads them: test/engine/experiments/circles-experiment.test.ts.
describe('publishedRunOf(row)', () => {
  test('classic mode compares only the published starts and settings', () => {
    const settings = InitExperimentProps.parse({ mode: 'classic', init: 'he', iterations: 100 });
    const row = runRow(1, settings, runJob(buildJobSpec(settings, CLASSIC_CIRCLES)) as TrainJobResult);
    expect(publishedRunOf(row, CLASSIC_CIRCLES)).toBeUndefined();
    expect(publishedRunOf({ ...row, settings: { ...settings, iterations: 15000, init: 'xavier' } }, CLASSIC_CIRCLES)).toBeUndefined();
  });
});
