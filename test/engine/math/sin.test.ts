import { describe, expect, test } from 'vitest';
import { math } from '../../../src/engine/index';
import { anyDouble, between, outputHash, seededInputs, specialMismatches, worstUlps } from './math-checks';

// Small, medium (Cody–Waite reduction) and huge arguments (Payne–Hanek reduction).
const inputs = seededInputs([between(-10, 10), between(-1e6, 1e6), between(-1e300, 1e300), anyDouble], 25_000);

describe('math.sin', () => {
  test('sin(x) at π/6, π and 10²² (a classic hard reduction)', () => {
    expect(math.sin(Math.PI / 6)).toBe(0.49999999999999994);
    expect(math.sin(Math.PI)).toBe(1.2246467991473532e-16);
    expect(math.sin(1e22)).toBe(-0.8522008497671888);
    expect(Object.is(math.sin(-0), -0)).toBe(true);
    expect(math.sin(Infinity)).toBeNaN();
  });

  test('sin(x) is within 1 ulp of Math.sin over 100 000 seeded inputs', () => {
    expect(worstUlps(math.sin, Math.sin, inputs).ulps).toBeLessThanOrEqual(1);
  });

  test('sin(x) gives exactly what Math.sin gives for ±0, ±∞, NaN, subnormals and extremes', () => {
    expect(specialMismatches(math.sin, Math.sin)).toEqual([]);
  });

  test('sin(x) output bits are pinned', () => {
    expect(outputHash(math.sin, inputs)).toMatchInlineSnapshot(`"53b1db46"`);
  });
});
