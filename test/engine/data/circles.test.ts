import { describe, expect, test } from 'vitest';
import { createRng, makeCircles } from '../../../src/engine/index';
import { labelCounts, radius } from './helpers';

describe('makeCircles', () => {
  test('makeCircles({ count: 301 }) puts ⌊301/2⌋ points outside with label 0 and the rest inside', () => {
    const data = makeCircles({ count: 301, noise: 0.05, factor: 0.5 }, createRng(1));
    expect(data.count).toBe(301);
    expect(data.inputs).toHaveLength(602);
    expect(data.targets).toHaveLength(301);
    expect([data.inputSize, data.targetSize]).toEqual([2, 1]);
    expect(labelCounts(data)).toEqual(new Map([[0, 150], [1, 151]]));
  });

  test('makeCircles with noise 0 puts label 0 on radius 1 and label 1 on radius factor', () => {
    const data = makeCircles({ count: 40, noise: 0, factor: 0.3 }, createRng(2));
    for (let i = 0; i < data.count; i++) {
      expect(radius(data, i)).toBeCloseTo(data.targets[i] === 0 ? 1 : 0.3, 12);
    }
  });

  test('makeCircles with noise 0 uses the angles 2πk/n_out, endpoint excluded', () => {
    // 8 outer points: angles 0, π/4, …, 7π/4; so (1, 0) is present and no angle repeats.
    const data = makeCircles({ count: 16, noise: 0, factor: 0.5 }, createRng(3));
    const outerAngles: number[] = [];
    for (let i = 0; i < data.count; i++) {
      if (data.targets[i] === 0) outerAngles.push(Math.atan2(data.inputs[2 * i + 1], data.inputs[2 * i]));
    }
    const steps = outerAngles.map((a) => Math.round(((a + 2 * Math.PI) % (2 * Math.PI)) / (Math.PI / 4)) % 8);
    expect(steps.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  test('makeCircles shuffles: the labels are not in blocks', () => {
    const data = makeCircles({ count: 100, noise: 0, factor: 0.5 }, createRng(4));
    expect(Array.from(data.targets.subarray(0, 50))).not.toEqual(new Array(50).fill(0));
  });

  test('makeCircles adds noise of the requested size', () => {
    const data = makeCircles({ count: 4000, noise: 0.1, factor: 0.5 }, createRng(5));
    let squares = 0;
    for (let i = 0; i < data.count; i++) {
      // For small noise, the radial error is about one coordinate's noise.
      squares += (radius(data, i) - (data.targets[i] === 0 ? 1 : 0.5)) ** 2;
    }
    expect(Math.sqrt(squares / data.count)).toBeCloseTo(0.1, 2);
  });

  test('makeCircles(options, rng) repeats for the same seed and changes with it', () => {
    const options = { count: 50, noise: 0.05, factor: 0.5 };
    const a = makeCircles(options, createRng(9));
    expect(makeCircles(options, createRng(9))).toEqual(a);
    expect(Array.from(makeCircles(options, createRng(10)).inputs)).not.toEqual(Array.from(a.inputs));
  });

  test('makeCircles(options) throws for a bad count, noise or factor', () => {
    const rng = createRng(1);
    expect(() => makeCircles({ count: 0, noise: 0, factor: 0.5 }, rng)).toThrowErrorMatchingInlineSnapshot(`[EngineError: makeCircles: count: expected a positive integer, got 0]`);
    expect(() => makeCircles({ count: 10, noise: Number.NaN, factor: 0.5 }, rng)).toThrowErrorMatchingInlineSnapshot(`[EngineError: makeCircles: noise: expected a finite number ≥ 0, got NaN]`);
    expect(() => makeCircles({ count: 10, noise: 0.1, factor: 1 }, rng)).toThrowErrorMatchingInlineSnapshot(`[EngineError: makeCircles: factor: expected a number between 0 and 1 (exclusive), got 1]`);
  });
});
