/**
 * Turns a zod schema into the words every message uses: "an integer from 2 to 5",
 * `one of "step", "sigmoid"`, "a list of 2 to 5 numbers from -10 to 10".
 *
 * The build-time prop errors (parse-props.ts), the URL notes (url-state.ts) and the
 * reader's inline messages (number-field.ts) all call `describeExpected`, so an author
 * and a reader see the same range in the same words as the schema declares it.
 */
import { z } from 'zod';
import { describeChoices, describeValue } from '../../src/engine/index';

/** Removes the wrappers that do not change what a value may be (default, optional, refinements). */
export function unwrapSchema(schema: z.ZodTypeAny): z.ZodTypeAny {
  let current = schema;
  for (;;) {
    if (current instanceof z.ZodDefault) current = current._def.innerType;
    else if (current instanceof z.ZodOptional || current instanceof z.ZodNullable) current = current.unwrap();
    else if (current instanceof z.ZodEffects) current = current.innerType();
    else return current;
  }
}

/** The object schema inside a widget's props schema (which may carry cross-field refinements). */
export function objectShape(schema: z.ZodTypeAny): Record<string, z.ZodTypeAny> {
  const inner = unwrapSchema(schema);
  if (!(inner instanceof z.ZodObject)) {
    throw new Error(`describe-schema: expected a z.object(...) schema, got ${inner.constructor.name}`);
  }
  return inner.shape as Record<string, z.ZodTypeAny>;
}

/** The numeric limits a number schema declares. */
export interface NumberRange {
  isInteger: boolean;
  min?: { value: number; isInclusive: boolean };
  max?: { value: number; isInclusive: boolean };
}

/** Reads the int/min/max checks of a `z.number()` schema. */
export function numberRange(schema: z.ZodNumber): NumberRange {
  const range: NumberRange = { isInteger: false };
  for (const check of schema._def.checks) {
    if (check.kind === 'int') range.isInteger = true;
    if (check.kind === 'min') range.min = { value: check.value, isInclusive: check.inclusive };
    if (check.kind === 'max') range.max = { value: check.value, isInclusive: check.inclusive };
  }
  return range;
}

function describeNumber(schema: z.ZodNumber, isPlural: boolean): string {
  const { isInteger, min, max } = numberRange(schema);
  const noun = isInteger ? (isPlural ? 'integers' : 'an integer') : isPlural ? 'numbers' : 'a number';
  if (min && max && min.isInclusive && max.isInclusive) return `${noun} from ${min.value} to ${max.value}`;
  const limits: string[] = [];
  if (min) limits.push(min.isInclusive ? `at least ${min.value}` : `greater than ${min.value}`);
  if (max) limits.push(max.isInclusive ? `at most ${max.value}` : `less than ${max.value}`);
  return limits.length === 0 ? noun : `${noun} ${limits.join(' and ')}`;
}

function describeArray(schema: z.ZodArray<z.ZodTypeAny>): string {
  const items = describeExpected(schema.element, { isPlural: true });
  const { exactLength, minLength, maxLength } = schema._def;
  if (exactLength) return `a list of ${exactLength.value} ${items}`;
  if (minLength && maxLength) return `a list of ${minLength.value} to ${maxLength.value} ${items}`;
  if (minLength) return `a list of at least ${minLength.value} ${items}`;
  if (maxLength) return `a list of at most ${maxLength.value} ${items}`;
  return `a list of ${items}`;
}

/** The allowed values of an enum or literal schema, or undefined for other kinds. */
export function choicesOf(schema: z.ZodTypeAny): readonly string[] | undefined {
  const inner = unwrapSchema(schema);
  if (inner instanceof z.ZodEnum) return inner.options as string[];
  if (inner instanceof z.ZodLiteral && typeof inner.value === 'string') return [inner.value];
  return undefined;
}

/** Describes in words what a schema accepts, e.g. "an integer from 2 to 5". */
export function describeExpected(schema: z.ZodTypeAny, options: { isPlural?: boolean } = {}): string {
  const isPlural = options.isPlural ?? false;
  const inner = unwrapSchema(schema);
  const choices = choicesOf(inner);
  if (choices) {
    if (!isPlural) return describeChoices(choices);
    return `names from ${choices.map((choice) => JSON.stringify(choice)).join(', ')}`;
  }
  if (inner instanceof z.ZodNumber) return describeNumber(inner, isPlural);
  if (inner instanceof z.ZodBoolean) return isPlural ? 'true/false values' : 'true or false';
  if (inner instanceof z.ZodString) return isPlural ? 'texts' : 'a text';
  if (inner instanceof z.ZodArray) return describeArray(inner);
  if (inner instanceof z.ZodTuple) {
    const items = inner.items as z.ZodTypeAny[];
    const first = describeExpected(items[0], { isPlural: true });
    const isUniform = items.every((item) => describeExpected(item, { isPlural: true }) === first);
    if (isUniform && items.length === 2) return `a pair of ${first}`;
    return `a list [${items.map((item) => describeExpected(item)).join(', ')}]`;
  }
  return 'a valid value';
}

/**
 * Prints a received value the way messages quote it: 7, "0.1" (a string), [1, 2] (a list).
 * The engine's one `describeValue`, so widget, job and frontmatter messages quote alike.
 */
export const describeReceived = describeValue;
