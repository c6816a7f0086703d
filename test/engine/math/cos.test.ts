import { describe, expect, test } from 'vitest';
import { math } from '../../../src/engine/index';
import { anyDouble, between, outputHash, seededInputs, specialMismatches, worstUlps } from './math-checks';

// Small, medium (Cody–Waite reduction) and huge arguments (Payne–Hanek reduction).
const inputs = seededInputs([between(-10, 10), between(-1e6, 1e6), between(-1e300, 1e300), anyDouble], 25_000);

describe('math.cos', () => {
  test('cos(x) at π/3, π and 10²² (a classic hard reduction)', () => {
    expect(math.cos(0)).toBe(1);
    expect(math.cos(Math.PI / 3)).toBe(0.5000000000000001);
    expect(math.cos(Math.PI)).toBe(-1);
    expect(math.cos(1e22)).toBe(0.523214785395139);
    expect(math.cos(-Infinity)).toBeNaN();
  });

  test('cos(x) is within 1 ulp of Math.cos over 100 000 seeded inputs', () => {
    expect(worstUlps(math.cos, Math.cos, inputs).ulps).toBeLessThanOrEqual(1);
  });

  test('cos(x) gives exactly what Math.cos gives for ±0, ±∞, NaN, subnormals and extremes', () => {
    expect(specialMismatches(math.cos, Math.cos)).toEqual([]);
  });

  test('cos(x) output bits are pinned', () => {
    expect(outputHash(math.cos, inputs)).toMatchInlineSnapshot(`"3fa0283b"`);
  });
});
