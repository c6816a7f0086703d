/**
 * Small readers for untrusted job specs. Each throws an EngineError from
 * `parseJobSpec` that names the field, what was expected and what arrived:
 *   parseJobSpec: model.sizes[1]: expected a positive integer, got -3
 */
import { EngineError } from '../errors';
import { counted, describeChoices, describeValue, expectedGot } from '../text/describe-value';

export { counted };

/** An object's fields, for reading. */
export type Fields = Readonly<Record<string, unknown>>;

/** Throws the standard message for `field`; `got` is described, or used as is when `isWords`. */
export function fail(field: string, expected: string, got: unknown, isWords = false): never {
  const text = isWords ? String(got) : describeValue(got);
  throw new EngineError('parseJobSpec', expectedGot(field, expected, text));
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
  if (typeof value !== 'string' || !choices.includes(value as T)) fail(field, describeChoices(choices), value);
  return value as T;
}

/** A list (an array), each item read by `readItem` with its index in the field name. */
export function readArray<T>(
  value: unknown,
  field: string,
  readItem: (item: unknown, field: string) => T,
  minLength = 0,
): T[] {
  if (!Array.isArray(value) || value.length < minLength) {
    fail(field, minLength > 0 ? `a list of at least ${counted(minLength, 'item')}` : 'a list', value);
  }
  // Array.from, not map: map skips the holes of a sparse list (a worker message keeps them), which would pass on undefined.
  return Array.from(value, (item, i) => readItem(item, `${field}[${i}]`));
}

/** A boolean. */
export function readBoolean(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') fail(field, 'true or false', value);
  return value;
}
