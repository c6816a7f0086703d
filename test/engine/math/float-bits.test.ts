import { describe, expect, test } from 'vitest';
import { fromWords, highWord, lowWord, powerOfTwo, withHighWord, withLowWord } from '../../../src/engine/math/float-bits';

describe('float-bits', () => {
  test('highWord and lowWord split a float64 into its IEEE words', () => {
    expect(highWord(1)).toBe(0x3ff00000);
    expect(lowWord(1)).toBe(0);
    expect(highWord(-2)).toBe(0xc0000000 | 0);
    expect(highWord(Math.PI)).toBe(0x400921fb);
    expect(lowWord(Math.PI)).toBe(0x54442d18);
    expect(lowWord(Number.MIN_VALUE)).toBe(1);
  });

  test('fromWords, withHighWord and withLowWord build the float back', () => {
    expect(fromWords(0x400921fb, 0x54442d18)).toBe(Math.PI);
    // 0x3FF00000_54442D18 = 1 + 0x54442D18·2⁻⁵², and 0x400921FB_00000000 = 2 + 0x921FB·2⁻¹⁹.
    expect(withHighWord(Math.PI, 0x3ff00000)).toBe(1 + 0x54442d18 / 4503599627370496);
    expect(withLowWord(Math.PI, 0)).toBe(3.1415920257568359375);
  });

  test('powerOfTwo(n) is exactly 2ⁿ from the smallest subnormal to the largest power', () => {
    expect(powerOfTwo(0)).toBe(1);
    expect(powerOfTwo(10)).toBe(1024);
    expect(powerOfTwo(-1)).toBe(0.5);
    expect(powerOfTwo(-1074)).toBe(Number.MIN_VALUE);
    expect(powerOfTwo(1023)).toBe(8.98846567431158e307);
    expect(powerOfTwo(-1022)).toBe(2.2250738585072014e-308);
  });
});
