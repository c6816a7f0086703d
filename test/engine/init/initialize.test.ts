import { describe, expect, test } from 'vitest';
import {
  createRng,
  describeInit,
  initializeInPlace,
  standardNormalScale,
  type InitSpec,
} from '../../../src/engine/index';

// A [250, 400] block: 10⁵ draws, so the sample mean is within about 0.3% of std of the truth.
const FAN_IN = 400;
const FAN_OUT = 250;

function draws(spec: InitSpec, seed = 1): Float64Array {
  const values = new Float64Array(FAN_IN * FAN_OUT);
  initializeInPlace(values, spec, FAN_IN, FAN_OUT, createRng(seed));
  return values;
}

function stats(values: Float64Array): { mean: number; std: number; min: number; max: number } {
  let total = 0;
  for (const v of values) total += v;
  const mean = total / values.length;
  let squares = 0;
  for (const v of values) squares += (v - mean) ** 2;
  return { mean, std: Math.sqrt(squares / values.length), min: Math.min(...values), max: Math.max(...values) };
}

describe('initializeInPlace', () => {
  test.each([
    ['xavierNormal', Math.sqrt(2 / (FAN_IN + FAN_OUT))],
    ['heNormal', Math.sqrt(2 / FAN_IN)],
    ['lecunNormal', Math.sqrt(1 / FAN_IN)],
  ] as const)('initializeInPlace(values, %s) draws mean 0 with the fan-based std', (kind, std) => {
    const s = stats(draws({ kind }));
    expect(Math.abs(s.mean)).toBeLessThan(0.01 * std);
    expect(s.std / std).toBeCloseTo(1, 2);
    // Untruncated: some draws land beyond 3σ (about 270 of 10⁵ expected).
    expect(Math.max(-s.min, s.max)).toBeGreaterThan(3 * std);
  });

  test.each([
    ['xavierUniform', Math.sqrt(6 / (FAN_IN + FAN_OUT))],
    ['heUniform', Math.sqrt(6 / FAN_IN)],
  ] as const)('initializeInPlace(values, %s) stays within ±limit with variance limit²/3', (kind, limit) => {
    const s = stats(draws({ kind }));
    expect(s.min).toBeGreaterThanOrEqual(-limit);
    expect(s.max).toBeLessThan(limit);
    expect(s.min).toBeLessThan(-0.999 * limit);
    expect(s.max).toBeGreaterThan(0.999 * limit);
    expect(Math.abs(s.mean)).toBeLessThan(0.01 * limit);
    expect(s.std / (limit / Math.sqrt(3))).toBeCloseTo(1, 2);
  });

  test('initializeInPlace(values, normal) matches the given mean and std', () => {
    const s = stats(draws({ kind: 'normal', mean: 3, std: 0.5 }));
    expect(s.mean).toBeCloseTo(3, 2);
    expect(s.std).toBeCloseTo(0.5, 2);
  });

  test('initializeInPlace(values, uniform) stays in [low, high) with the right mean', () => {
    const s = stats(draws({ kind: 'uniform', low: -1, high: 3 }));
    expect(s.min).toBeGreaterThanOrEqual(-1);
    expect(s.max).toBeLessThan(3);
    expect(s.mean).toBeCloseTo(1, 1);
    expect(s.std).toBeCloseTo(4 / Math.sqrt(12), 2);
  });

  test('initializeInPlace(values, truncatedNormal) never goes beyond 2σ and has spread ≈ 0.88σ', () => {
    const s = stats(draws({ kind: 'truncatedNormal', mean: 1, std: 0.1 }));
    expect(s.min).toBeGreaterThanOrEqual(1 - 0.2);
    expect(s.max).toBeLessThanOrEqual(1 + 0.2);
    expect(s.min).toBeLessThan(1 - 0.199);
    expect(s.mean).toBeCloseTo(1, 3);
    // The standard deviation of N(0, 1) truncated to [−2, 2] is 0.8796…
    expect(s.std / 0.1).toBeCloseTo(0.8796, 2);
  });

  test('initializeInPlace(values, zeros | ones | constant) writes that number everywhere', () => {
    expect(new Set(draws({ kind: 'zeros' }))).toEqual(new Set([0]));
    expect(new Set(draws({ kind: 'ones' }))).toEqual(new Set([1]));
    expect(new Set(draws({ kind: 'constant', value: -0.25 }))).toEqual(new Set([-0.25]));
  });

  test('initializeInPlace(values, spec) gives the same values for the same seed only', () => {
    const a = draws({ kind: 'heNormal' }, 42);
    expect(Array.from(draws({ kind: 'heNormal' }, 42))).toEqual(Array.from(a));
    expect(Array.from(draws({ kind: 'heNormal' }, 43))).not.toEqual(Array.from(a));
  });

  test('initializeInPlace(values, spec, fanIn) throws for a fan that is not a positive integer', () => {
    expect(() =>
      initializeInPlace(new Float64Array(4), { kind: 'heNormal' }, 0, 2, createRng(1)),
    ).toThrowErrorMatchingInlineSnapshot(`[EngineError: initializeInPlace: fanIn: expected a positive integer, got 0]`);
    expect(() =>
      initializeInPlace(new Float64Array(4), { kind: 'heNormal' }, 2, 1.5, createRng(1)),
    ).toThrowErrorMatchingInlineSnapshot(`[EngineError: initializeInPlace: fanOut: expected a positive integer, got 1.5]`);
  });
});

describe('describeInit', () => {
  test('describeInit(spec) states each formula', () => {
    const specs: InitSpec[] = [
      { kind: 'zeros' },
      { kind: 'constant', value: 0.5 },
      { kind: 'normal', mean: 0, std: 10 },
      { kind: 'uniform', low: -1, high: 1 },
      { kind: 'truncatedNormal', mean: 0, std: 1 },
      { kind: 'xavierNormal' },
      { kind: 'xavierUniform' },
      { kind: 'heNormal' },
      { kind: 'heUniform' },
      { kind: 'lecunNormal' },
    ];
    expect(specs.map(describeInit)).toMatchInlineSnapshot(`
      [
        "zeros: every weight 0",
        "constant: every weight 0.5",
        "normal: N(0, 10²)",
        "uniform: U(-1, 1)",
        "truncated normal: N(0, 1²), re-drawn beyond 2σ",
        "Xavier normal: N(0, 2/(fan_in + fan_out))",
        "Xavier uniform: U(±√(6/(fan_in + fan_out)))",
        "He normal: N(0, 2/fan_in)",
        "He uniform: U(±√(6/fan_in))",
        "LeCun normal: N(0, 1/fan_in)",
      ]
    `);
  });
});

describe('standardNormalScale', () => {
  test('standardNormalScale(spec, 10, 5) is the std of each zero-mean normal scheme', () => {
    // fan_in 10, fan_out 5: He √(2/10), LeCun √(1/10), Xavier √(2/15).
    expect(standardNormalScale({ kind: 'heNormal' }, 10, 5)).toBe(Math.sqrt(0.2));
    expect(standardNormalScale({ kind: 'lecunNormal' }, 10, 5)).toBe(Math.sqrt(0.1));
    expect(standardNormalScale({ kind: 'xavierNormal' }, 10, 5)).toBe(Math.sqrt(2 / 15));
    expect(standardNormalScale({ kind: 'normal', mean: 0, std: 10 }, 10, 5)).toBe(10);
  });

  test('standardNormalScale(spec) draws what initializeInPlace draws: z × scale from the same stream', () => {
    const rng = createRng(4);
    const z = Array.from({ length: 6 }, () => rng.normal(0, 1));
    const values = new Float64Array(6);
    initializeInPlace(values, { kind: 'heNormal' }, 3, 2, createRng(4));
    expect(Array.from(values)).toEqual(z.map((draw) => draw * standardNormalScale({ kind: 'heNormal' }, 3, 2)));
  });

  test('standardNormalScale(spec) throws for a scheme that is not a scaled standard normal', () => {
    expect(() => standardNormalScale({ kind: 'heUniform' }, 10, 5)).toThrowErrorMatchingInlineSnapshot(`[EngineError: standardNormalScale: spec: expected a zero-mean normal scheme (normal with mean 0, xavierNormal, heNormal, lecunNormal), got He uniform: U(±√(6/fan_in))]`);
    expect(() => standardNormalScale({ kind: 'normal', mean: 1, std: 2 }, 10, 5)).toThrowErrorMatchingInlineSnapshot(`[EngineError: standardNormalScale: spec: expected a zero-mean normal scheme (normal with mean 0, xavierNormal, heNormal, lecunNormal), got normal: N(1, 2²)]`);
  });
});
