import { describe, expect, test } from 'vitest';
import { RmsProp, type RmsPropSpec } from '../../../src/engine/index';
import { expectClose, trace } from './trace';

/** The default ε, written into the hand arithmetic below. */
const EPS = 1e-8;

/*
 * With α = 0.75 these gradients keep v constant, so √v is a round number:
 *   parameter 0: g = 2, 1, 1     v = 0.25·4 = 1,  0.75·1 + 0.25·1 = 1,  1        √v = 1
 *   parameter 1: g = −4, 2, −2   v = 0.25·16 = 4, 0.75·4 + 0.25·4 = 4,  4        √v = 2
 */
const STEADY = [
  [2, -4],
  [1, 2],
  [1, -2],
];

/*
 * With α = 0.5 these gradients make the centred ṽ = v − ḡ² a perfect square:
 *   parameter 0, g = 2, 1.5, 0.875:
 *     step 1: v = 0.5·4 = 2,                  ḡ = 0.5·2 = 1,                 ṽ = 2 − 1 = 1          √ṽ = 1
 *     step 2: v = 0.5·2 + 0.5·2.25 = 2.125,   ḡ = 0.5·1 + 0.5·1.5 = 1.25,    ṽ = 2.125 − 1.5625 = 0.5625   √ṽ = 0.75
 *     step 3: v = 1.0625 + 0.5·0.765625 = 1.4453125,  ḡ = 0.625 + 0.4375 = 1.0625,
 *             ṽ = 1.4453125 − 1.12890625 = 0.31640625                        √ṽ = 0.5625
 *   parameter 1, g = −4, −3, −1.75 (−2 times the above): ṽ is 4 times as large, √ṽ = 2, 1.5, 1.125
 */
const CENTRED = [
  [2, -4],
  [1.5, -3],
  [0.875, -1.75],
];

function rmsProp(options: Partial<RmsPropSpec>): RmsProp {
  return new RmsProp({ kind: 'rmsprop', learningRate: 0.1, ...options }, 2);
}

describe('RmsProp with momentum', () => {
  test('step() with momentum 0.5 starts the buffer at g/(√v + ε) and moves by lr·b', () => {
    // b = (2/(1 + ε), −4/(2 + ε)) ≈ (2, −2); p = (1 − 0.1·2, −2 + 0.1·2) ≈ (0.8, −1.8).
    const b = [2 / (1 + EPS), -4 / (2 + EPS)];
    expectClose(trace(rmsProp({ alpha: 0.75, momentum: 0.5 }), STEADY.slice(0, 1)), [[1 - 0.1 * b[0], -2 - 0.1 * b[1]]]);
  });

  test('step() with momentum 0.5 follows b ← μb + g/(√v + ε), p ← p − lr·b for three steps', () => {
    // Step 1: b ≈ (2, −2), p ≈ (0.8, −1.8).
    const b1 = [2 / (1 + EPS), -4 / (2 + EPS)];
    const p1 = [1 - 0.1 * b1[0], -2 - 0.1 * b1[1]];
    // Step 2: b ≈ (0.5·2 + 1, 0.5·(−2) + 1) = (2, 0), p ≈ (0.6, −1.8).
    const b2 = [0.5 * b1[0] + 1 / (1 + EPS), 0.5 * b1[1] + 2 / (2 + EPS)];
    const p2 = [p1[0] - 0.1 * b2[0], p1[1] - 0.1 * b2[1]];
    // Step 3: b ≈ (0.5·2 + 1, 0.5·0 − 1) = (2, −1), p ≈ (0.4, −1.7).
    const b3 = [0.5 * b2[0] + 1 / (1 + EPS), 0.5 * b2[1] - 2 / (2 + EPS)];
    const p3 = [p2[0] - 0.1 * b3[0], p2[1] - 0.1 * b3[1]];
    expectClose(trace(rmsProp({ alpha: 0.75, momentum: 0.5 }), STEADY), [p1, p2, p3]);
    expectClose([p3], [[0.4, -1.7]], 1e-8);
  });
});

describe('RmsProp centred', () => {
  test('step() centred divides by √(v − ḡ²) + ε on the first step', () => {
    // ṽ = (1, 4): p = (1 − 0.1·2/(1 + ε), −2 + 0.1·4/(2 + ε)) ≈ (0.8, −1.8).
    expectClose(trace(rmsProp({ alpha: 0.5, centered: true }), CENTRED.slice(0, 1)), [
      [1 - (0.1 * 2) / (1 + EPS), -2 - (0.1 * -4) / (2 + EPS)],
    ]);
  });

  test('step() centred follows ḡ ← αḡ + (1 − α)g and p ← p − lr·g/(√(v − ḡ²) + ε) for three steps', () => {
    // Each step moves parameter 0 by about 0.1·(2, 2, 1.5556) and parameter 1 by the opposite.
    const p1 = [1 - (0.1 * 2) / (1 + EPS), -2 - (0.1 * -4) / (2 + EPS)];
    const p2 = [p1[0] - (0.1 * 1.5) / (0.75 + EPS), p1[1] - (0.1 * -3) / (1.5 + EPS)];
    const p3 = [p2[0] - (0.1 * 0.875) / (0.5625 + EPS), p2[1] - (0.1 * -1.75) / (1.125 + EPS)];
    expectClose(trace(rmsProp({ alpha: 0.5, centered: true }), CENTRED), [p1, p2, p3]);
    expectClose([p3], [[0.6 - 0.0875 / 0.5625, -1.6 + 0.0875 / 0.5625]], 1e-7);
  });

  test('step() not centred on the same gradients divides by √v and moves less', () => {
    // Step 1: v = (2, 8), so p = (1 − 0.1·2/(√2 + ε), −2 + 0.1·4/(√8 + ε)).
    const [first] = trace(rmsProp({ alpha: 0.5 }), CENTRED.slice(0, 1));
    expectClose([first], [[1 - (0.1 * 2) / (Math.SQRT2 + EPS), -2 + (0.1 * 4) / (2 * Math.SQRT2 + EPS)]]);
  });
});

describe('RmsProp centred with momentum', () => {
  test('step() centred with momentum 0.5 starts the buffer at g/(√ṽ + ε)', () => {
    const b = [2 / (1 + EPS), -4 / (2 + EPS)];
    expectClose(trace(rmsProp({ alpha: 0.5, centered: true, momentum: 0.5 }), CENTRED.slice(0, 1)), [
      [1 - 0.1 * b[0], -2 - 0.1 * b[1]],
    ]);
  });

  test('step() centred with momentum 0.5 follows b ← μb + g/(√ṽ + ε) for three steps', () => {
    // Step 1: b ≈ (2, −2), p ≈ (0.8, −1.8).
    const b1 = [2 / (1 + EPS), -4 / (2 + EPS)];
    const p1 = [1 - 0.1 * b1[0], -2 - 0.1 * b1[1]];
    // Step 2: b ≈ (0.5·2 + 1.5/0.75, 0.5·(−2) − 3/1.5) = (3, −3), p ≈ (0.5, −1.5).
    const b2 = [0.5 * b1[0] + 1.5 / (0.75 + EPS), 0.5 * b1[1] - 3 / (1.5 + EPS)];
    const p2 = [p1[0] - 0.1 * b2[0], p1[1] - 0.1 * b2[1]];
    // Step 3: b ≈ (1.5 + 0.875/0.5625, −1.5 − 1.75/1.125) ≈ (3.0556, −3.0556).
    const b3 = [0.5 * b2[0] + 0.875 / (0.5625 + EPS), 0.5 * b2[1] - 1.75 / (1.125 + EPS)];
    const p3 = [p2[0] - 0.1 * b3[0], p2[1] - 0.1 * b3[1]];
    expectClose(trace(rmsProp({ alpha: 0.5, centered: true, momentum: 0.5 }), CENTRED), [p1, p2, p3]);
    expectClose([p2], [[0.5, -1.5]], 1e-7);
  });

  test('reset() clears v, ḡ and the momentum buffer', () => {
    const rms = rmsProp({ alpha: 0.5, centered: true, momentum: 0.5 });
    trace(rms, CENTRED);
    rms.reset();
    const b = [2 / (1 + EPS), -4 / (2 + EPS)];
    expectClose(trace(rms, CENTRED.slice(0, 1)), [[1 - 0.1 * b[0], -2 - 0.1 * b[1]]]);
  });
});

describe('RmsProp options are checked', () => {
  test('new RmsProp(spec) throws for momentum 1', () => {
    expect(() => rmsProp({ momentum: 1 })).toThrowErrorMatchingInlineSnapshot(`[EngineError: rmsprop: momentum: expected a number in [0, 1), got 1]`);
  });

  test('new RmsProp(spec) throws for a negative momentum', () => {
    expect(() => rmsProp({ momentum: -0.5 })).toThrowErrorMatchingInlineSnapshot(`[EngineError: rmsprop: momentum: expected a number in [0, 1), got -0.5]`);
  });

  test('new RmsProp(spec) throws for centered given as a string', () => {
    expect(() => rmsProp({ centered: 'yes' as unknown as boolean })).toThrowErrorMatchingInlineSnapshot(`[EngineError: rmsprop: centered: expected true or false, got "yes" (a string)]`);
  });
});
