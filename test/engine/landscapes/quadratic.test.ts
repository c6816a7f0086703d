import { describe, expect, test } from 'vitest';
import { EngineError } from '../../../src/engine/errors';
import {
  conditionNumber,
  descend,
  diagonalScales,
  elongatedBowl,
  firstStepWithin,
  rescaledSurface,
  symmetricEigen2,
  turnedBowl,
} from '../../../src/engine/landscapes/index';
import { centralDifference } from './central-difference';

/** Steps of plain descent from (−4, 2) until the loss is at most 0.001 (the chapter's table). */
function stepsToArrive(landscape: ReturnType<typeof turnedBowl>, learningRate: number, stepScales?: number[]): number | null {
  return firstStepWithin(descend(landscape, { start: [-4, 2], learningRate, steps: 500, stepScales }), 0.001);
}

describe('symmetricEigen2', () => {
  test('a diagonal matrix: its entries, smallest first, exactly', () => {
    expect(symmetricEigen2([[10, 0], [0, 1]])).toEqual({ values: [1, 10], vectors: [[0, 1], [1, 0]] });
  });

  test('[[2, 1], [1, 2]] has eigenvalues 1 and 3 along the diagonals', () => {
    const { values, vectors } = symmetricEigen2([[2, 1], [1, 2]]);
    expect(values[0]).toBeCloseTo(1, 14);
    expect(values[1]).toBeCloseTo(3, 14);
    expect(vectors[1][0]).toBeCloseTo(Math.SQRT1_2, 14);
    expect(vectors[1][1]).toBeCloseTo(Math.SQRT1_2, 14);
    expect(vectors[0][0] * vectors[1][0] + vectors[0][1] * vectors[1][1]).toBeCloseTo(0, 14);
  });

  test('rejects a matrix that is not symmetric', () => {
    expect(() => symmetricEigen2([[1, 2], [3, 4]])).toThrow(EngineError);
  });
});

describe('turnedBowl', () => {
  test('at 0° it is the elongated bowl, loss and gradient', () => {
    const [turned, plain] = [turnedBowl(), elongatedBowl()];
    for (const point of [[2, 1], [-4, 2], [0.3, -2.5]]) {
      expect(turned.loss(point)).toBe(plain.loss(point));
      expect(turned.gradient(point)).toEqual(plain.gradient(point));
    }
    expect(turned.formula).toBe(plain.formula);
  });

  test('at 30° the curvature is 1 along the floor (cos 30°, sin 30°) and 10 across it', () => {
    const bowl = turnedBowl({ angle: 30 });
    const along = [Math.cos(Math.PI / 6), Math.sin(Math.PI / 6)];
    const across = [-along[1], along[0]];
    // L(t·d) = λt²/2 along a principal direction d.
    expect(bowl.loss(along.map((v) => 2 * v))).toBeCloseTo(2, 13);
    expect(bowl.loss(across.map((v) => 2 * v))).toBeCloseTo(20, 13);
    expect(bowl.curvatures).toEqual([1, 10]);
    expect(bowl.formula).toBe('L(x, y) = (1·p² + 10·q²)/2, where p = x·cos 30° + y·sin 30° and q = y·cos 30° − x·sin 30°');
    expect(turnedBowl({ angle: -60 }).formula).toContain('cos (−60°)');
  });

  test('its gradient agrees with central differences', () => {
    const bowl = turnedBowl({ angle: 30 });
    for (const point of [[1, 2], [-3, 0.5]]) {
      bowl.gradient(point).forEach((slope, axis) => expect(slope).toBeCloseTo(centralDifference(bowl, point, axis), 6));
    }
  });

  test('rejects a curvature that is not positive and an angle past 180°', () => {
    expect(() => turnedBowl({ steep: 0 })).toThrow('turnedBowl: steep must be a positive finite number, got 0');
    expect(() => turnedBowl({ angle: 200 })).toThrow('turnedBowl: angle must be a number of degrees from −180 to 180, got 200');
  });
});

describe('the limits hold along the principal axes, whatever the angle', () => {
  test.each([0, 30, 45, -60])('at %i°: 0.19 stays, 0.21 blows up (2/λmax = 0.2)', (angle) => {
    const bowl = turnedBowl({ angle });
    expect(descend(bowl, { start: [-4, 2], learningRate: 0.19, steps: 200 }).losses[200]).toBeLessThan(1e-6);
    const blown = descend(bowl, { start: [-4, 2], learningRate: 0.21, steps: 200 });
    expect(blown.status).toBe('diverged');
  });
});

describe('the two remedies: rescaled coordinates and per-parameter steps', () => {
  test('per-parameter steps ηsᵢ² walk the rescaled surface\'s path, mapped back (the same remedy)', () => {
    const bowl = turnedBowl({ angle: 30 });
    const scales = diagonalScales(bowl);
    const stepped = descend(bowl, { start: [-4, 2], learningRate: 0.7, steps: 30, stepScales: scales.map((s) => s * s) });
    const rescaled = descend(rescaledSurface(bowl, scales), { start: [-4 / scales[0], 2 / scales[1]], learningRate: 0.7, steps: 30 });
    rescaled.points.forEach(([u, v], t) => {
      expect(stepped.points[t][0]).toBeCloseTo(u * scales[0], 10);
      expect(stepped.points[t][1]).toBeCloseTo(v * scales[1], 10);
      expect(stepped.losses[t]).toBeCloseTo(rescaled.losses[t], 10);
    });
  });

  test('rescaling to curvature 1 per coordinate makes the axis-aligned bowl round: κ 10 → 1', () => {
    const bowl = turnedBowl();
    const scales = diagonalScales(bowl);
    expect(scales).toEqual([1, 1 / Math.sqrt(10)]);
    const round = rescaledSurface(bowl, scales);
    expect(conditionNumber(bowl)).toBe(10);
    expect(conditionNumber(round)).toBeCloseTo(1, 14);
    expect(round.formula).toBe('L(x̃, ỹ) = (1·x̃² + 1·ỹ²)/2');
  });

  test('the chapter\'s table: κ, largest stable rate 2/λmax, best rate 2/(λmin + λmax), steps to loss ≤ 0.001 from (−4, 2)', () => {
    const row = (angle: number, remedy: 'none' | 'normalise' | 'per-parameter') => {
      const bowl = turnedBowl({ angle });
      const scales = diagonalScales(bowl);
      const seen = remedy === 'none' ? bowl : rescaledSurface(bowl, scales);
      const [low, high] = seen.curvatures!;
      const best = 2 / (low + high);
      const steps =
        remedy === 'none'
          ? stepsToArrive(bowl, best)
          : remedy === 'per-parameter'
            ? stepsToArrive(bowl, best, scales.map((s) => s * s))
            : firstStepWithin(descend(seen, { start: [-4 / scales[0], 2 / scales[1]], learningRate: best, steps: 500 }), 0.001);
      const round = (value: number) => Number(value.toPrecision(3));
      return [angle, remedy, round(conditionNumber(seen)), round(2 / high), round(best), steps];
    };
    expect([
      row(0, 'none'),
      row(0, 'normalise'),
      row(0, 'per-parameter'),
      row(30, 'none'),
      row(30, 'normalise'),
      row(30, 'per-parameter'),
      row(45, 'none'),
      row(45, 'normalise'),
      row(45, 'per-parameter'),
    ]).toEqual([
      [0, 'none', 10, 0.2, 0.182, 26],
      [0, 'normalise', 1, 2, 1, 1],
      [0, 'per-parameter', 1, 2, 1, 1],
      [30, 'none', 10, 0.2, 0.182, 28],
      [30, 'normalise', 7.95, 1.13, 1, 23],
      [30, 'per-parameter', 7.95, 1.13, 1, 23],
      [45, 'none', 10, 0.2, 0.182, 29],
      [45, 'normalise', 10, 1.1, 1, 29],
      [45, 'per-parameter', 10, 1.1, 1, 29],
    ]);
  });

  test('at 45° both diagonal entries are 5.5: per-parameter steps are one rate, η/5.5, in disguise', () => {
    const bowl = turnedBowl({ angle: 45 });
    const [p, q] = diagonalScales(bowl).map((s) => s * s);
    expect(p).toBeCloseTo(1 / 5.5, 14);
    expect(q).toBeCloseTo(1 / 5.5, 14);
    // The unit-diagonal surface keeps the correlation −4.5/5.5: curvatures 1 ∓ 9/11.
    const seen = rescaledSurface(bowl, diagonalScales(bowl));
    expect(seen.curvatures![0]).toBeCloseTo(2 / 11, 14);
    expect(seen.curvatures![1]).toBeCloseTo(20 / 11, 14);
  });

  test('a landscape without a constant Hessian has no rescaling, and bad scales are refused', () => {
    expect(() => diagonalScales(elongatedBowl())).toThrow('diagonalScales: the bowl landscape has no constant Hessian');
    expect(() => rescaledSurface(turnedBowl(), [1, 0])).toThrow('rescaledSurface: scales must be 2 positive finite numbers, got [1, 0]');
    expect(() => descend(turnedBowl(), { start: [1, 1], learningRate: 0.1, steps: 1, stepScales: [1] })).toThrow(
      'descend: stepScales must be 2 positive finite number(s), got [1]',
    );
  });
});

describe('firstStepWithin', () => {
  test('the first step at or below the tolerance, or null', () => {
    const run = descend(turnedBowl(), { start: [-4, 2], learningRate: 0.1, steps: 50 });
    const step = firstStepWithin(run, 0.001)!;
    expect(step).toBe(43);
    expect(run.losses[step]).toBeLessThanOrEqual(0.001);
    expect(run.losses[step - 1]).toBeGreaterThan(0.001);
    expect(firstStepWithin(run, 1e-30)).toBeNull();
  });
});
