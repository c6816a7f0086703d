import { expect, test } from 'vitest';
import { EngineError } from '../../../src/engine/errors';
import { levelEllipses, rosenbrock, turnedBowl } from '../../../src/engine/landscapes/index';

test('levelEllipses: every point of each ellipse of a turned bowl has its level\'s loss', () => {
  const bowl = turnedBowl({ shallow: 1, steep: 10, angle: 30 });
  const levels = [0.5, 2, 8];
  const { center, axis, radii } = levelEllipses(bowl, levels);
  expect(Math.hypot(axis[0], axis[1])).toBeCloseTo(1, 12);
  radii.forEach(([along, across], i) => {
    for (let k = 0; k < 8; k += 1) {
      const [u, v] = [along * Math.cos(k), across * Math.sin(k)];
      const point = [center[0] + u * axis[0] - v * axis[1], center[1] + u * axis[1] + v * axis[0]];
      expect(bowl.loss(point)).toBeCloseTo(levels[i], 9);
    }
  });
});

test('levelEllipses refuses a landscape that is not a quadratic bowl', () => {
  expect(() => levelEllipses(rosenbrock(), [1])).toThrow(EngineError);
});
