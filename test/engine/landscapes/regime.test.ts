import { describe, expect, test } from 'vitest';
import {
  classifyDescent,
  classifyQuadratic,
  compareRateTimesCurvature,
  stabilityLimit,
  classifyTrajectory,
  descend,
  elongatedBowl,
  hills,
  parabola,
  rosenbrock,
} from '../../../src/engine/landscapes/index';

describe('classifyQuadratic', () => {
  test('ηλ decides the regime without momentum', () => {
    expect(classifyQuadratic(1, 0.01, 0, 20)).toEqual({ regime: 'crawls', contraction: 0.99, rateTimesCurvature: 0.01 });
    expect(classifyQuadratic(1, 0.5, 0, 20).regime).toBe('converges');
    expect(classifyQuadratic(1, 1, 0, 20).contraction).toBe(0);
    expect(classifyQuadratic(1, 1.5, 0, 20)).toEqual({ regime: 'oscillates', contraction: 0.5, rateTimesCurvature: 1.5 });
    expect(classifyQuadratic(1, 1.9, 0, 20).regime).toBe('oscillates');
    expect(classifyQuadratic(1, 2.1, 0, 20).regime).toBe('diverges');
    expect(classifyQuadratic(4, 0.6, 0, 20).regime).toBe('diverges');
  });

  test('ηλ = 2 exactly is its own regime: the factor is −1, so the walk bounces for ever', () => {
    expect(classifyQuadratic(1, 2, 0, 20)).toEqual({ regime: 'bounces', contraction: 1, rateTimesCurvature: 2 });
    expect(classifyQuadratic(10, 0.2, 0, 50).regime).toBe('bounces');
    expect(classifyQuadratic(4, 0.5, 0, 20).regime).toBe('bounces');
    // One unit in the last place either side of η = 2 is on the other side of the edge.
    expect(classifyQuadratic(1, 2.0000000000000004, 0, 20).regime).toBe('diverges');
    expect(classifyQuadratic(1, 1.9999999999999998, 0, 20).regime).toBe('oscillates');
  });

  test('the edges are decided from the decimals as stated, not from a rounded product', () => {
    // 1.6 × 1.5 rounds to 2.4000000000000004 in doubles, but 2(1 + 0.2) = 2.4 exactly: a bounce.
    expect([1.6 * 1.5, 2 * (1 + 0.2)]).toEqual([2.4000000000000004, 2.4]);
    expect(classifyQuadratic(1.5, 1.6, 0.2, 20).regime).toBe('bounces');
    expect(classifyQuadratic(0.4, 7.25, 0.45, 20).regime).toBe('bounces');
    expect(compareRateTimesCurvature(1.6, 1.5, 2, 0.2)).toBe(0);
    expect(compareRateTimesCurvature(0.1, 3, 1)).toBe(-1);
    expect(compareRateTimesCurvature(0.25, 4, 1)).toBe(0);
    expect(compareRateTimesCurvature(1e-3, 2e3, 2)).toBe(0);
    expect(compareRateTimesCurvature(2.1, 1, 2)).toBe(1);
    // ηλ = 1 exactly lands on the minimum: no overshoot, contraction 0.
    expect(classifyQuadratic(4, 0.25, 0, 20)).toEqual({ regime: 'converges', contraction: 0, rateTimesCurvature: 1 });
  });

  test('the crawl line sits where (1 − ηλ)^steps = 0.25', () => {
    // 0.9^13 = 0.254 > 0.25, 0.9^14 = 0.229.
    expect(classifyQuadratic(1, 0.1, 0, 13).regime).toBe('crawls');
    expect(classifyQuadratic(1, 0.1, 0, 14).regime).toBe('converges');
  });

  test('momentum: complex roots spiral with contraction √μ; stability ends at ηλ = 2(1 + μ)', () => {
    const spiral = classifyQuadratic(1, 0.1, 0.5, 20);
    expect(spiral.regime).toBe('oscillates');
    expect(spiral.contraction).toBeCloseTo(Math.SQRT1_2, 14);
    // μ = 0.5: roots of r² − (1.5 − 0.02)r + 0.5 are real (1.48² > 2) and positive.
    expect(classifyQuadratic(1, 0.02, 0.5, 20).regime).toBe('crawls');
    expect(classifyQuadratic(1, 2.9, 0.5, 20).regime).toBe('oscillates');
    expect(classifyQuadratic(1, 3.1, 0.5, 20).regime).toBe('diverges');
    expect(classifyQuadratic(1, 3, 0.5, 20).regime).toBe('bounces');
  });
});

describe('classifyTrajectory', () => {
  test('agrees with the curvature formula on a parabola for every rate from 0.01 to 3', () => {
    const curve = parabola(1.5);
    for (let rate = 0.01; rate < 3; rate += 0.01) {
      const run = descend(curve, { start: [3], learningRate: rate, steps: 20 });
      expect([rate, classifyTrajectory(curve, run)]).toEqual([rate, classifyQuadratic(1.5, rate, 0, 20).regime]);
    }
  });

  test('on the hills: a tiny rate crawls, 0.1 settles in the local minimum, 1 bounces, 5 climbs', () => {
    const curve = hills();
    const regime = (rate: number) => classifyTrajectory(curve, descend(curve, { start: [3], learningRate: rate, steps: 20 }));
    expect([0.01, 0.1, 1, 5].map(regime)).toEqual(['crawls', 'converges', 'oscillates', 'diverges']);
  });

  test('on Rosenbrock the flat valley floor makes 0.001 crawl while 0.002 arrives', () => {
    const valley = rosenbrock();
    const regime = (rate: number) =>
      classifyTrajectory(valley, descend(valley, { start: [-1.5, 2], learningRate: rate, steps: 2000 }));
    expect([0.001, 0.002, 0.003].map(regime)).toEqual(['crawls', 'converges', 'diverges']);
  });
});

describe('classifyDescent', () => {
  test('the bowl reports each axis and the worst of them', () => {
    const bowl = elongatedBowl();
    const report = (rate: number) => {
      const run = descend(bowl, { start: [-4, 2], learningRate: rate, steps: 50 });
      return classifyDescent(bowl, run, rate);
    };
    expect(report(0.02).axes?.map((axis) => axis.regime)).toEqual(['crawls', 'converges']);
    expect([0.02, 0.1, 0.19, 0.21].map((rate) => report(rate).regime)).toEqual([
      'crawls',
      'converges',
      'oscillates',
      'diverges',
    ]);
    expect(report(0.1).basis).toBe('curvature');
  });

  test('a walk that stopped on divergence is read from its trajectory', () => {
    const curve = parabola(1);
    const run = descend(curve, { start: [3], learningRate: 2.5, steps: 40 });
    expect(classifyDescent(curve, run, 2.5)).toEqual({ regime: 'diverges', basis: 'trajectory' });
  });
});

test('stabilityLimit is the rate at which the walk bounces: 2(1 + μ)/λ', () => {
  expect(stabilityLimit(10)).toBe(0.2);
  expect(stabilityLimit(10, 0.9)).toBeCloseTo(0.38, 15);
  expect(classifyQuadratic(10, stabilityLimit(10), 0, 50).regime).toBe('bounces');
});
