import { describe, expect, test } from 'vitest';
import { INIT_KINDS, parseInitSpec } from '../../../src/engine/index';

describe('parseInitSpec', () => {
  test('parseInitSpec(value) accepts every kind with its fields and drops nothing needed', () => {
    expect(parseInitSpec({ kind: 'heNormal' })).toEqual({ kind: 'heNormal' });
    expect(parseInitSpec({ kind: 'normal', mean: 0, std: 10 })).toEqual({ kind: 'normal', mean: 0, std: 10 });
    expect(parseInitSpec({ kind: 'uniform', low: -2, high: 2 })).toEqual({ kind: 'uniform', low: -2, high: 2 });
    expect(parseInitSpec({ kind: 'constant', value: 0.1 })).toEqual({ kind: 'constant', value: 0.1 });
    expect(parseInitSpec(JSON.parse(JSON.stringify({ kind: 'truncatedNormal', mean: 0, std: 1 })))).toEqual({
      kind: 'truncatedNormal',
      mean: 0,
      std: 1,
    });
    expect(INIT_KINDS).toHaveLength(11);
  });

  test('parseInitSpec(value) throws for a value that is not an object', () => {
    expect(() => parseInitSpec('heNormal')).toThrowErrorMatchingInlineSnapshot(`[EngineError: parseInitSpec: expected an object such as { kind: 'heNormal' }, got "heNormal" (a string)]`);
  });

  test('parseInitSpec(value) throws for an unknown kind, listing the known ones', () => {
    expect(() => parseInitSpec({ kind: 'glorot' })).toThrowErrorMatchingInlineSnapshot(`[EngineError: parseInitSpec: kind: expected one of "zeros", "ones", "constant", "normal", "uniform", "truncatedNormal", "xavierNormal", "xavierUniform", "heNormal", "heUniform", "lecunNormal", got "glorot" (a string)]`);
  });

  test('parseInitSpec(value) throws naming a missing or non-numeric field', () => {
    expect(() => parseInitSpec({ kind: 'normal', mean: 0 })).toThrowErrorMatchingInlineSnapshot(`[EngineError: parseInitSpec: std: expected a finite number for kind "normal", got nothing (the field is missing)]`);
    expect(() => parseInitSpec({ kind: 'constant', value: '1' })).toThrowErrorMatchingInlineSnapshot(`[EngineError: parseInitSpec: value: expected a finite number for kind "constant", got "1" (a string)]`);
  });

  test('parseInitSpec(value) throws for a negative std or an empty uniform range', () => {
    expect(() => parseInitSpec({ kind: 'normal', mean: 0, std: -1 })).toThrowErrorMatchingInlineSnapshot(`[EngineError: parseInitSpec: std: expected a number ≥ 0 for kind "normal", got -1]`);
    expect(() => parseInitSpec({ kind: 'uniform', low: 1, high: 1 })).toThrowErrorMatchingInlineSnapshot(`[EngineError: parseInitSpec: high: expected a number above low (1) for kind "uniform", got 1]`);
  });
});
