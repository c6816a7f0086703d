import { describe, expect, test } from 'vitest';
import { math } from '../../../src/engine/index';
import { anyDouble, between, outputHash, seededInputs, specialMismatches, worstUlps } from './math-checks';

const inputs = seededInputs([between(-750, 750), between(-1, 1), between(-1e-8, 1e-8), anyDouble], 25_000);

describe('math.exp', () => {
  test('exp(x) gives e, 1/e, e¹⁰ and the edges of the range', () => {
    expect(math.exp(0)).toBe(1);
    expect(math.exp(1)).toBe(2.718281828459045);
    expect(math.exp(-1)).toBe(0.36787944117144233);
    expect(math.exp(10)).toBe(22026.465794806718);
    expect(math.exp(709.7)).toBe(1.6549840276802644e308);
    expect(math.exp(710)).toBe(Infinity);
    expect(math.exp(-745)).toBe(5e-324);
    expect(math.exp(-746)).toBe(0);
  });

  test('exp(x) is within 1 ulp of Math.exp over 100 000 seeded inputs', () => {
    expect(inputs.length).toBe(100_000);
    expect(worstUlps(math.exp, Math.exp, inputs).ulps).toBeLessThanOrEqual(1);
  });

  test('exp(x) gives exactly what Math.exp gives for ±0, ±∞, NaN, subnormals and extremes', () => {
    expect(specialMismatches(math.exp, Math.exp)).toEqual([]);
  });

  test('exp(x) output bits are pinned', () => {
    expect(outputHash(math.exp, inputs)).toMatchInlineSnapshot(`"7bd1ea0e"`);
  });
});
