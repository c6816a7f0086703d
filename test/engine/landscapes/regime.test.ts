import { describe, expect, test } from 'vitest';
import {
  classifyDescent,
  classifyQuadratic,
  compareRateTimesCurvature,
  stabilityLimit,
  classifyTrajectory,
  readTrajectory,
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

  test('agrees with the curvature formula on parabolas λ = 1 and 4 at 5, 20 and 100 steps, the bounce at ηλ = 2 included', () => {
    for (const curvature of [1, 4]) {
      for (const steps of [5, 20, 100]) {
        for (let k = 1; k <= 150; k++) {
          const rate = k / (50 * curvature); // ηλ = k/50, from 0.02 to 3
          const run = descend(parabola(curvature), { start: [3], learningRate: rate, steps });
          const expected = classifyQuadratic(curvature, rate, 0, steps).regime;
          expect([curvature, steps, rate, classifyTrajectory(parabola(curvature), run)]).toEqual([curvature, steps, rate, expected]);
        }
      }
    }
  });

  test('on the hills from 3 at 20 steps: 0.01 crawls, 0.1 settles, 0.45 zig-zags in, 0.6 bounces, 1 and 5 never settle', () => {
    const curve = hills();
    const read = (rate: number, steps = 20) => readTrajectory(curve, descend(curve, { start: [3], learningRate: rate, steps }));
    expect([0.01, 0.1, 0.45, 0.6, 1, 5].map((rate) => read(rate).regime)).toEqual([
      'crawls',
      'converges',
      'oscillates',
      'bounces',
      'wanders',
      'wanders',
    ]);
  });

  test('hills, η = 0.45: every swing of the second half shorter than the last; at 2.2513 after 20 steps, 2.2431 after 100', () => {
    const curve = hills();
    const walk = (steps: number) => descend(curve, { start: [3], learningRate: 0.45, steps });
    const ends = [20, 100].map((steps) => walk(steps).points[steps][0]);
    expect(ends.map((theta) => theta.toFixed(4))).toEqual(['2.2513', '2.2431']);
    expect(readTrajectory(curve, walk(100)).regime).toBe('oscillates');
    // The valley it settles in is the one at 2.2431, whose limit 2/λ (0.488) is above 0.45.
    expect(curve.minima[1][0].toFixed(4)).toBe('2.2431');
  });

  test('hills, η = 0.6: a 2-cycle between 1.6708 and 2.6464, found at 20 steps and still there at 100', () => {
    const curve = hills();
    for (const steps of [20, 100]) {
      const run = descend(curve, { start: [3], learningRate: 0.6, steps });
      const reading = readTrajectory(curve, run);
      expect(reading.regime).toBe('bounces');
      expect(reading.cycle?.map(([theta]) => theta.toFixed(4)).sort()).toEqual(['1.6708', '2.6464']);
    }
    // Before the walk has closed in on its cycle it is neither settling nor repeating.
    expect(readTrajectory(curve, descend(curve, { start: [3], learningRate: 0.6, steps: 10 })).regime).toBe('wanders');
  });

  test('hills, η = 1: 3 → 0.4797 → −0.7644 → −0.6954 → −0.9144 → −0.2213 → −1.9843 …, never settling and never repeating, at 20 and 100 steps', () => {
    const curve = hills();
    const run = (steps: number) => descend(curve, { start: [3], learningRate: 1, steps });
    expect(run(6).points.map(([theta]) => theta.toFixed(4))).toEqual(['3.0000', '0.4797', '-0.7644', '-0.6954', '-0.9144', '-0.2213', '-1.9843']);
    // Two steps alone look like an arrival: no reversal yet, and the end is next to the deepest valley.
    expect(readTrajectory(curve, run(2)).regime).toBe('converges');
    expect([20, 100].map((steps) => readTrajectory(curve, run(steps)))).toEqual([{ regime: 'wanders' }, { regime: 'wanders' }]);
    // It stays on the curve: no loss past 2.5, however long it walks.
    expect(Math.max(...run(100).losses)).toBeLessThan(2.5);
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
