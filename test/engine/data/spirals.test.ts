import { describe, expect, test } from 'vitest';
import { createRng, makeSpirals } from '../../../src/engine/index';
import { labelCounts, radius } from './helpers';

describe('makeSpirals', () => {
  test('makeSpirals({ count: 9 }) gives 4 points on arm 0 and 5 on arm 1', () => {
    expect(labelCounts(makeSpirals({ count: 9, noise: 0.1 }, createRng(1)))).toEqual(new Map([[0, 4], [1, 5]]));
  });

  test('makeSpirals with noise 0 keeps the arms half a turn apart at every radius', () => {
    const data = makeSpirals({ count: 10, noise: 0, turns: 1 }, createRng(2));
    for (let i = 0; i < data.count; i++) {
      const r = radius(data, i);
      if (r < 1e-12) continue;
      // Angle 2π·s + arm·π at radius s: rotating back by 2π·r leaves arm·π.
      const angle = Math.atan2(data.inputs[2 * i + 1], data.inputs[2 * i]) - 2 * Math.PI * r;
      expect(Math.cos(angle)).toBeCloseTo(data.targets[i] === 0 ? 1 : -1, 12);
      expect(r).toBeLessThanOrEqual(1 + 1e-12);
    }
  });

  test('makeSpirals(options) throws for a bad turns value', () => {
    expect(() => makeSpirals({ count: 10, noise: 0, turns: 0 }, createRng(1))).toThrowErrorMatchingInlineSnapshot(`[EngineError: makeSpirals: turns: expected a number > 0, got 0]`);
  });
});
