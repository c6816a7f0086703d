/**
 * Initializer specs: plain, serializable objects naming how a weight block is
 * filled, so a widget prop or a job message can carry them as JSON.
 *
 * A layer's weights always come from a spec; its biases start at zero unless
 * the layer names a `biasInit` (zero is enough: the weights already break the
 * symmetry between units).
 */
import { EngineError } from '../errors';
import { describeChoices, describeValue, expectedGot } from '../text/describe-value';

/** How to fill a weight block of shape [fanOut, fanIn]. See `initialize.ts` for the formulas. */
export type InitSpec =
  | { readonly kind: 'zeros' }
  | { readonly kind: 'ones' }
  | { readonly kind: 'constant'; readonly value: number }
  | { readonly kind: 'normal'; readonly mean: number; readonly std: number }
  | { readonly kind: 'uniform'; readonly low: number; readonly high: number }
  | { readonly kind: 'truncatedNormal'; readonly mean: number; readonly std: number }
  | { readonly kind: 'xavierNormal' }
  | { readonly kind: 'xavierUniform' }
  | { readonly kind: 'heNormal' }
  | { readonly kind: 'heUniform' }
  | { readonly kind: 'lecunNormal' };

/** Every initializer kind, in the order the chapter introduces them. */
export const INIT_KINDS = [
  'zeros',
  'ones',
  'constant',
  'normal',
  'uniform',
  'truncatedNormal',
  'xavierNormal',
  'xavierUniform',
  'heNormal',
  'heUniform',
  'lecunNormal',
] as const satisfies readonly InitSpec['kind'][];

function readNumber(record: Record<string, unknown>, field: string, kind: string): number {
  const value = record[field];
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new EngineError('parseInitSpec', expectedGot(field, `a finite number for kind "${kind}"`, describeValue(value)));
  }
  return value;
}

/** Checks that `value` is a valid {@link InitSpec} and returns it; the error names the field. */
export function parseInitSpec(value: unknown): InitSpec {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new EngineError('parseInitSpec', expectedGot('', "an object such as { kind: 'heNormal' }", describeValue(value)));
  }
  const record = value as Record<string, unknown>;
  const kind = record.kind;
  if (typeof kind !== 'string' || !(INIT_KINDS as readonly string[]).includes(kind)) {
    throw new EngineError('parseInitSpec', expectedGot('kind', describeChoices(INIT_KINDS), describeValue(kind)));
  }
  switch (kind) {
    case 'constant':
      return { kind, value: readNumber(record, 'value', kind) };
    case 'normal':
    case 'truncatedNormal': {
      const mean = readNumber(record, 'mean', kind);
      const std = readNumber(record, 'std', kind);
      if (std < 0) {
        throw new EngineError('parseInitSpec', expectedGot('std', `a number ≥ 0 for kind "${kind}"`, describeValue(std)));
      }
      return { kind, mean, std };
    }
    case 'uniform': {
      const low = readNumber(record, 'low', kind);
      const high = readNumber(record, 'high', kind);
      if (!(low < high)) {
        throw new EngineError('parseInitSpec', expectedGot('high', `a number above low (${low}) for kind "uniform"`, describeValue(high)));
      }
      return { kind, low, high };
    }
    default:
      return { kind } as InitSpec;
  }
}
