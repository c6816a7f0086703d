/**
 * A choice from a schema's enum: the `<select>` SelectField.astro renders lists exactly the
 * enum's options, and the view reads a typed value back, never a guess.
 *
 *   bindSelectField(select, DescentCurveProps.shape.curve, (curve) => state.update({ curve }));
 */
import type { z } from 'zod';
import { choicesOf } from './describe-schema';

/** Reads `value` as one of the enum's names; an unknown name is a programming error, thrown with the names allowed. */
export function parseChoice<T extends string>(value: string, fieldSchema: z.ZodTypeAny): T {
  const choices = choicesOf(fieldSchema);
  if (!choices) throw new Error(`parseChoice: expected an enum schema, got ${fieldSchema.constructor.name}`);
  if (!choices.includes(value)) {
    throw new Error(`parseChoice: expected one of ${choices.map((choice) => JSON.stringify(choice)).join(', ')}, got ${JSON.stringify(value)}`);
  }
  return value as T;
}

/** Browser: calls `onValue` with the typed choice on every change of `select`. Returns a function that detaches it. */
export function bindSelectField<T extends string>(
  select: HTMLSelectElement,
  fieldSchema: z.ZodTypeAny,
  onValue: (value: T) => void,
): () => void {
  const listener = (): void => onValue(parseChoice<T>(select.value, fieldSchema));
  select.addEventListener('change', listener);
  return () => select.removeEventListener('change', listener);
}
