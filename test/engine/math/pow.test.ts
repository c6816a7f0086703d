import { describe, expect, test } from 'vitest';
import { createRng, math } from '../../../src/engine/index';
import { SPECIAL_INPUTS, anyDouble, outputHash, ulpDistance } from './math-checks';

/** 100 000 seeded (x, y) pairs: fractional and integer powers, wide and near-1 bases, random bits. */
function pairs(): [number, number][] {
  const rng = createRng(77);
  const kinds: (() => [number, number])[] = [
    () => [rng.uniformRange(0, 10), rng.uniformRange(-20, 20)],
    () => [rng.uniformRange(-4, 4), rng.int(2001) - 1000],
    () => [math.exp(rng.uniformRange(-700, 700)), rng.uniformRange(-4, 4)],
    () => [1 + rng.uniformRange(-1e-7, 1e-7), rng.uniformRange(-1e10, 1e10)],
    () => [anyDouble(rng), anyDouble(rng)],
  ];
  return kinds.flatMap((draw) => Array.from({ length: 20_000 }, draw));
}

describe('math.pow', () => {
  test('pow(x, y) is exact for integer results, √ at ½, and NaN for a negative base with a fractional power', () => {
    expect(math.pow(2, 10)).toBe(1024);
    expect(math.pow(-2, 3)).toBe(-8);
    expect(math.pow(10, -3)).toBe(0.001);
    expect(math.pow(2, 0.5)).toBe(Math.SQRT2);
    expect(math.pow(0.9, 100)).toBe(0.000026561398887587544);
    expect(math.pow(-8, 1 / 3)).toBeNaN();
    expect(math.pow(1, Infinity)).toBeNaN();
    expect(math.pow(NaN, 0)).toBe(1);
  });

  test('pow(x, y) is within 1 ulp of Math.pow over 100 000 seeded pairs', () => {
    let worst = 0;
    for (const [x, y] of pairs()) worst = Math.max(worst, ulpDistance(math.pow(x, y), Math.pow(x, y)));
    expect(worst).toBeLessThanOrEqual(1);
  });

  test('pow(x, y) gives exactly what Math.pow gives for every pair of special values', () => {
    const mismatches: string[] = [];
    for (const x of SPECIAL_INPUTS) {
      for (const y of [...SPECIAL_INPUTS, 3, -3, 2.5, 1 / 3]) {
        if (!Object.is(math.pow(x, y), Math.pow(x, y))) mismatches.push(`${x} ** ${y}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  test('pow(x, y) output bits are pinned', () => {
    const all = pairs();
    const indexes = all.map((_, i) => i);
    expect(outputHash((i) => math.pow(all[i][0], all[i][1]), indexes)).toMatchInlineSnapshot(`"7bf18a0e"`);
  });
});
