import { describe, expect, test } from 'vitest';
import { math } from '../../../src/engine/index';
import { anyDouble, between, outputHash, seededInputs, specialMismatches, subnormal, worstUlps } from './math-checks';

const inputs = seededInputs([anyDouble, between(0.5, 2), between(1 - 1e-6, 1 + 1e-6), subnormal], 25_000);

describe('math.log', () => {
  test('log(x) gives ln 2, ln 10, 1 at e, and the ends of the float range', () => {
    expect(math.log(1)).toBe(0);
    expect(math.log(Math.E)).toBe(1);
    expect(math.log(2)).toBe(0.6931471805599453);
    expect(math.log(0.5)).toBe(-0.6931471805599453);
    expect(math.log(10)).toBe(2.302585092994046);
    expect(math.log(5e-324)).toBe(-744.4400719213812);
    expect(math.log(Number.MAX_VALUE)).toBe(709.782712893384);
    expect(math.log(0)).toBe(-Infinity);
    expect(math.log(-1)).toBeNaN();
  });

  test('log(x) is within 1 ulp of Math.log over 100 000 seeded inputs', () => {
    expect(worstUlps(math.log, Math.log, inputs).ulps).toBeLessThanOrEqual(1);
  });

  test('log(x) gives exactly what Math.log gives for ±0, ±∞, NaN, subnormals and extremes', () => {
    expect(specialMismatches(math.log, Math.log)).toEqual([]);
  });

  test('log(x) output bits are pinned', () => {
    expect(outputHash(math.log, inputs)).toMatchInlineSnapshot(`"9204b313"`);
  });
});
