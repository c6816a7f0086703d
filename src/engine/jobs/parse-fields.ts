/**
 * Small readers for untrusted job specs. Each throws an EngineError from
 * `parseJobSpec` that names the field, what was expected and what arrived:
 *   parseJobSpec: model.sizes[1]: expected a positive integer, got -3
 */
import { EngineError } from '../errors';

/** An object's fields, for reading. */
export type Fields = Readonly<Record<string, unknown>>;

/** The value in words, for messages: `"abc" (a string)`, `an array`, `12`. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return `"${value}" (a string)`;
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty array' : `an array of ${counted(value.length, 'item')}`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** `1 number`, `3 numbers`: a count with its noun. */
export function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Throws the standard message for `field`; `got` is described, or used as is when `isWords`. */
export function fail(field: string, expected: string, got: unknown, isWords = false): never {
  const text = isWords ? String(got) : describeValue(got);
  throw new EngineError('parseJobSpec', `${field}: expected ${expected}, got ${text}`);
}

/** The value as a plain object. */
export function readObject(value: unknown, field: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(field, 'an object', value);
  return value as Fields;
}

/** A finite number, optionally within [min, max]. */
export function readNumber(value: unknown, field: string, min = -Infinity, max = Infinity): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    const range =
      min === -Infinity && max === Infinity
        ? 'a finite number'
        : max === Infinity
          ? `a number ≥ ${min}`
          : min === -Infinity
            ? `a number ≤ ${max}`
            : `a number from ${min} to ${max}`;
    fail(field, range, value);
  }
  return value;
}

/** An integer within [min, max]. */
export function readInteger(value: unknown, field: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    fail(field, max === Number.MAX_SAFE_INTEGER ? `an integer ≥ ${min}` : `an integer from ${min} to ${max}`, value);
  }
  return value;
}

/** A seed: an integer from −2³¹ to 2³², every value a widget may pass (createRng keeps its low 32 bits). */
export function readSeed(value: unknown, field: string): number {
  return readInteger(value, field, -2147483648, 4294967296);
}

/** One of the given strings. */
export function readChoice<T extends string>(value: unknown, field: string, choices: readonly T[]): T {
  if (typeof value !== 'string' || !choices.includes(value as T)) fail(field, `one of ${choices.join(', ')}`, value);
  return value as T;
}

/** An array, each item read by `readItem` with its index in the field name. */
export function readArray<T>(
  value: unknown,
  field: string,
  readItem: (item: unknown, field: string) => T,
  minLength = 0,
): T[] {
  if (!Array.isArray(value) || value.length < minLength) {
    fail(field, minLength > 0 ? `an array of at least ${counted(minLength, 'item')}` : 'an array', value);
  }
  return value.map((item, i) => readItem(item, `${field}[${i}]`));
}

/** A boolean. */
export function readBoolean(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') fail(field, 'true or false', value);
  return value;
}
