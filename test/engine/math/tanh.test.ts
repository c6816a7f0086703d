import { describe, expect, test } from 'vitest';
import { math } from '../../../src/engine/index';
import { anyDouble, between, outputHash, seededInputs, specialMismatches, worstUlps } from './math-checks';

const inputs = seededInputs([between(-25, 25), between(-1, 1), between(-1e-8, 1e-8), anyDouble], 25_000);

describe('math.tanh', () => {
  test('tanh(x) is odd, passes through 0 and saturates at ±1', () => {
    expect(math.tanh(0.5)).toBe(0.46211715726000974);
    expect(math.tanh(1)).toBe(0.7615941559557649);
    expect(math.tanh(-3)).toBe(-0.9950547536867305);
    expect(math.tanh(30)).toBe(1);
    expect(math.tanh(-Infinity)).toBe(-1);
    expect(Object.is(math.tanh(-0), -0)).toBe(true);
    expect(math.tanh(1e-10)).toBe(1e-10);
  });

  test('tanh(x) is within 1 ulp of Math.tanh over 100 000 seeded inputs', () => {
    expect(worstUlps(math.tanh, Math.tanh, inputs).ulps).toBeLessThanOrEqual(1);
  });

  test('tanh(x) gives exactly what Math.tanh gives for ±0, ±∞, NaN, subnormals and extremes', () => {
    expect(specialMismatches(math.tanh, Math.tanh)).toEqual([]);
  });

  test('tanh(x) output bits are pinned', () => {
    expect(outputHash(math.tanh, inputs)).toMatchInlineSnapshot(`"7f9cd905"`);
  });
});
