import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CLASSIC_CIRCLES } from '../../../components/InitExperiment/classic-circles';
import { classicParameters } from '../../../components/InitExperiment/classic-parameters';

interface Fixture {
  train_X: number[][];
  train_Y: number[];
  test_X: number[][];
  test_Y: number[];
  initial_weights: Record<'zeros' | 'he' | 'large', { W1: number[][]; W2: number[][]; W3: number[][] }>;
  expected: Record<'zeros' | 'he' | 'large', { cost_course_nansum: (number | 'inf')[]; train_acc: number; test_acc: number }>;
}

const fixture = JSON.parse(readFileSync(new URL('../../fixtures/classic-circles.json', import.meta.url), 'utf8')) as Fixture;

/** The fixture's weights in the engine's flat layout: each W row by row, then zero biases. */
function flat(weights: Fixture['initial_weights']['he']): number[] {
  return [weights.W1, weights.W2, weights.W3].flatMap((w) => [...w.flat(), ...w.map(() => 0)]);
}

describe('the classic data module', () => {
  test('holds the fixture\'s points, labels and printed numbers', () => {
    expect(CLASSIC_CIRCLES.train.inputs).toEqual(fixture.train_X[0].map((x, i) => [x, fixture.train_X[1][i]]));
    expect(CLASSIC_CIRCLES.train.labels).toEqual(fixture.train_Y);
    expect(CLASSIC_CIRCLES.test.inputs).toEqual(fixture.test_X[0].map((x, i) => [x, fixture.test_X[1][i]]));
    expect(CLASSIC_CIRCLES.test.labels).toEqual(fixture.test_Y);
    for (const scheme of ['zeros', 'large', 'he'] as const) {
      const expected = fixture.expected[scheme];
      expect(CLASSIC_CIRCLES.published[scheme]).toEqual({
        costs: expected.cost_course_nansum.map((cost) => (cost === 'inf' ? Infinity : cost)),
        trainAccuracy: expected.train_acc,
        testAccuracy: expected.test_acc,
      });
    }
  });
});

describe('classicParameters(init, draws)', () => {
  test('the published large and He weights are the same draws, × 10 and × √(2/n_in), bit for bit', () => {
    expect(classicParameters('large', CLASSIC_CIRCLES.draws)).toEqual(flat(fixture.initial_weights.large));
    expect(classicParameters('he', CLASSIC_CIRCLES.draws)).toEqual(flat(fixture.initial_weights.he));
    expect(classicParameters('zeros', CLASSIC_CIRCLES.draws)).toEqual(flat(fixture.initial_weights.zeros));
  });

  test('small, LeCun and Xavier scale the same draws by 0.01, √(1/n_in) and √(2/(n_in + n_out))', () => {
    const he = flat(fixture.initial_weights.he);
    const small = classicParameters('small', CLASSIC_CIRCLES.draws);
    const lecun = classicParameters('lecun', CLASSIC_CIRCLES.draws);
    const xavier = classicParameters('xavier', CLASSIC_CIRCLES.draws);
    // W1 is [10, 2] (n_in 2, n_out 10) at 0–19; its biases at 20–29; W2 is [5, 10] from 30.
    expect(small[0] / he[0]).toBeCloseTo(0.01 / Math.sqrt(2 / 2), 14);
    expect(lecun[0] / he[0]).toBeCloseTo(Math.sqrt(1 / 2) / Math.sqrt(2 / 2), 14);
    expect(xavier[0] / he[0]).toBeCloseTo(Math.sqrt(2 / 12) / Math.sqrt(2 / 2), 14);
    expect(xavier[30] / he[30]).toBeCloseTo(Math.sqrt(2 / 15) / Math.sqrt(2 / 10), 14);
    expect(small.slice(20, 30)).toEqual(new Array(10).fill(0));
  });

  test('a constant start sets every weight to 0.5 and every bias to 0', () => {
    const constant = classicParameters('constant', CLASSIC_CIRCLES.draws);
    expect(constant).toHaveLength(2 * 10 + 10 + 10 * 5 + 5 + 5 + 1);
    expect(new Set(constant.slice(0, 20))).toEqual(new Set([0.5]));
    expect(constant.slice(20, 30)).toEqual(new Array(10).fill(0));
  });
});
