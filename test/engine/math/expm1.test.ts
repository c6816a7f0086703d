import { describe, expect, test } from 'vitest';
import { math } from '../../../src/engine/index';
import { anyDouble, between, outputHash, seededInputs, specialMismatches, worstUlps } from './math-checks';

const inputs = seededInputs([between(-60, 710), between(-1, 1), between(-1e-9, 1e-9), anyDouble], 25_000);

describe('math.expm1', () => {
  test('expm1(x) keeps every digit of tiny x and matches e − 1 at 1', () => {
    expect(math.expm1(0)).toBe(0);
    expect(Object.is(math.expm1(-0), -0)).toBe(true);
    expect(math.expm1(1e-10)).toBe(1.00000000005e-10);
    expect(math.expm1(1)).toBe(1.718281828459045);
    expect(math.expm1(-1)).toBe(-0.6321205588285577);
    expect(math.expm1(-50)).toBe(-1);
  });

  test('expm1(x) is within 1 ulp of Math.expm1 over 100 000 seeded inputs', () => {
    expect(worstUlps(math.expm1, Math.expm1, inputs).ulps).toBeLessThanOrEqual(1);
  });

  test('expm1(x) gives exactly what Math.expm1 gives for ±0, ±∞, NaN, subnormals and extremes', () => {
    expect(specialMismatches(math.expm1, Math.expm1)).toEqual([]);
  });

  test('expm1(x) output bits are pinned', () => {
    expect(outputHash(math.expm1, inputs)).toMatchInlineSnapshot(`"2c21316f"`);
  });
});
