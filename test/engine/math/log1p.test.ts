import { describe, expect, test } from 'vitest';
import { math } from '../../../src/engine/index';
import { anyDouble, between, outputHash, seededInputs, specialMismatches, worstUlps } from './math-checks';

const inputs = seededInputs([between(-1, 1), between(-1e-8, 1e-8), between(1, 1e6), anyDouble], 25_000);

describe('math.log1p', () => {
  test('log1p(x) keeps tiny x and gives ln 2 at 1 and −ln 2 at −½', () => {
    expect(math.log1p(0)).toBe(0);
    expect(Object.is(math.log1p(-0), -0)).toBe(true);
    expect(math.log1p(1e-20)).toBe(1e-20);
    expect(math.log1p(1)).toBe(0.6931471805599453);
    expect(math.log1p(-0.5)).toBe(-0.6931471805599453);
    expect(math.log1p(-1)).toBe(-Infinity);
    expect(math.log1p(-2)).toBeNaN();
  });

  test('log1p(x) is within 1 ulp of Math.log1p over 100 000 seeded inputs', () => {
    expect(worstUlps(math.log1p, Math.log1p, inputs).ulps).toBeLessThanOrEqual(1);
  });

  test('log1p(x) gives exactly what Math.log1p gives for ±0, ±∞, NaN, subnormals and extremes', () => {
    expect(specialMismatches(math.log1p, Math.log1p)).toEqual([]);
  });

  test('log1p(x) output bits are pinned', () => {
    expect(outputHash(math.log1p, inputs)).toMatchInlineSnapshot(`"c9fdbbd0"`);
  });
});
