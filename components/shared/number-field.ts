/**
 * A reader's typed number, checked against the schema's range before the widget uses it.
 *
 *   bindNumberField(input, WeightSchema, (w) => { state.w = w; redraw(); });
 *
 * Empty, non-numeric, NaN, infinite, fractional-where-integer and out-of-range text gets an
 * inline message naming the allowed range in the schema's words ("enter a number from -10 to
 * 10"); the widget keeps its last good value. The message goes in the element named by the
 * input's `aria-describedby`, and the input gets `aria-invalid="true"` until fixed.
 */
import { z } from 'zod';
import { describeExpected, numberRange, unwrapSchema } from './describe-schema';

/** The outcome of reading what a reader typed: the value, or a message for the reader. */
export type FieldResult<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * Reads `text` as a value of the number schema `fieldSchema`. Pure; never throws.
 * `isUnreadable` says the browser held text it could not read as a number (an
 * `<input type="number">` then reports an empty value, for "1e400" or "--2").
 */
export function parseNumberText(text: string, fieldSchema: z.ZodTypeAny, isUnreadable = false): FieldResult<number> {
  const inner = unwrapSchema(fieldSchema);
  if (!(inner instanceof z.ZodNumber)) throw new Error('parseNumberText: the schema must be a z.number()');
  const advice = `enter ${describeExpected(inner)}`;
  const trimmed = text.trim();
  if (isUnreadable) return { ok: false, message: `that is not a number this field can read (too large, or not numeric); ${advice}` };
  if (trimmed === '') return { ok: false, message: `the field is empty; ${advice}` };
  const value = Number(trimmed);
  if (Number.isNaN(value)) return { ok: false, message: `"${trimmed}" is not a number; ${advice}` };
  if (!Number.isFinite(value)) return { ok: false, message: `${trimmed} is too large to use; ${advice}` };
  const { isInteger, min, max } = numberRange(inner);
  if (isInteger && !Number.isInteger(value)) return { ok: false, message: `${trimmed} is not a whole number; ${advice}` };
  if (min && (min.isInclusive ? value < min.value : value <= min.value)) {
    return { ok: false, message: `${trimmed} is too small; ${advice}` };
  }
  if (max && (max.isInclusive ? value > max.value : value >= max.value)) {
    return { ok: false, message: `${trimmed} is too large; ${advice}` };
  }
  return { ok: true, value };
}

/** Shows or clears the inline message of `input` (the element its `aria-describedby` names). */
export function showFieldMessage(input: HTMLInputElement, message: string | undefined): void {
  const messageId = input.getAttribute('aria-describedby')?.split(' ')[0];
  const messageElement = messageId ? input.ownerDocument.getElementById(messageId) : null;
  if (message) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
  if (messageElement) {
    messageElement.textContent = message ?? '';
    messageElement.hidden = !message;
  }
}

/** Puts a value the widget chose into `input` and clears any message about what was typed before. */
export function setFieldValue(input: HTMLInputElement, value: number | string): void {
  input.value = String(value);
  showFieldMessage(input, undefined);
}

/**
 * Browser: checks every edit of `input` against `fieldSchema` and calls `onValue` only with
 * good values. Returns a function that detaches the listener.
 */
export function bindNumberField(
  input: HTMLInputElement,
  fieldSchema: z.ZodTypeAny,
  onValue: (value: number) => void,
): () => void {
  const listener = () => {
    const result = parseNumberText(input.value, fieldSchema, input.validity.badInput);
    showFieldMessage(input, result.ok ? undefined : result.message);
    if (result.ok) onValue(result.value);
  };
  input.addEventListener('input', listener);
  return () => input.removeEventListener('input', listener);
}
