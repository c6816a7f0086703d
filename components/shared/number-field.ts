/**
 * A reader's typed number, checked against the schema's range before the widget uses it.
 *
 *   bindNumberField(input, WeightSchema, (w) => { state.w = w; redraw(); });
 *
 * A number is applied when it is complete: on Enter, when the box loses focus, when the
 * arrows step it, or after a short pause in typing — never keystroke by keystroke (typing
 * 101 must not apply 10 first). Only plain decimal numbers are read: "1,5" and "0x10" are
 * answered with a message, not read as 15 or 16.
 *
 * Empty, non-numeric, NaN, infinite, fractional-where-integer and out-of-range text gets an
 * inline message naming the allowed range in the schema's words ("enter a number from -10 to
 * 10"); the widget keeps its last good value. The message goes in the element named by the
 * input's `aria-describedby`, and the input gets `aria-invalid="true"` until fixed.
 */
import { z } from 'zod';
import { describeExpected, numberRange, unwrapSchema } from './describe-schema';

/** A plain decimal number: 12, -0.5, .5, 3., 1e-3. No hex, no commas, no "Infinity". */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Sent by {@link setFieldValue}, so a bound field knows its new text is no edit of the reader's. */
const FIELD_SET_EVENT = 'nn-field-set';

/** How long typing must pause before a box applies what it holds. */
export const TYPING_PAUSE_MS = 700;

function shortened(text: string): string {
  return text.length <= 40 ? text : `${text.slice(0, 39)}…`;
}

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
  // Quoted back at most 40 characters long: 1,500 typed digits must not fill the figure.
  const shown = shortened(trimmed);
  if (isUnreadable) return { ok: false, message: `that is not a number this field can read (too large, or not numeric); ${advice}` };
  if (trimmed === '') return { ok: false, message: `the field is empty; ${advice}` };
  if (/^[+-]?\d+,\d+$/.test(trimmed)) return { ok: false, message: `"${shown}" has a comma; write decimals with a point, and ${advice}` };
  const value = DECIMAL.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (Number.isNaN(value)) return { ok: false, message: `"${shown}" is not a number; ${advice}` };
  if (!Number.isFinite(value)) return { ok: false, message: `${shown} is too large to use; ${advice}` };
  const { isInteger, min, max } = numberRange(inner);
  if (isInteger && !Number.isInteger(value)) return { ok: false, message: `${shown} is not a whole number; ${advice}` };
  if (min && (min.isInclusive ? value < min.value : value <= min.value)) {
    return { ok: false, message: `${shown} is too small; ${advice}` };
  }
  if (max && (max.isInclusive ? value > max.value : value >= max.value)) {
    return { ok: false, message: `${shown} is too large; ${advice}` };
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
  input.dispatchEvent(new Event(FIELD_SET_EVENT));
}


/**
 * Browser: commits what `input` holds at Enter, blur, an arrow step or a pause in typing; a
 * good value goes to `onValue` (once per distinct value), a bad one gets its inline message.
 * `read` turns the text into a value (the schema's number check by default). Returns a
 * function that detaches the listeners.
 */
export function bindField<T>(
  input: HTMLInputElement,
  read: (input: HTMLInputElement) => FieldResult<T>,
  onValue: (value: T) => void,
): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let committed = input.value;
  const commit = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const result = read(input);
    showFieldMessage(input, result.ok ? undefined : result.message);
    if (!result.ok || input.value === committed) return;
    committed = input.value;
    onValue(result.value);
  };
  const onInput = (event: Event): void => {
    // Arrow keys and the spin buttons send a plain Event: a whole new value, applied at once.
    if (!(event instanceof InputEvent)) return commit();
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(commit, TYPING_PAUSE_MS);
  };
  const onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Enter') commit();
  };
  // A value the widget put in (setFieldValue) is the committed one, not an edit to apply.
  const onSet = (): void => {
    committed = input.value;
  };
  input.addEventListener('input', onInput);
  input.addEventListener('change', commit);
  input.addEventListener('keydown', onKey);
  input.addEventListener(FIELD_SET_EVENT, onSet);
  return () => {
    if (timer !== null) clearTimeout(timer);
    input.removeEventListener('input', onInput);
    input.removeEventListener('change', commit);
    input.removeEventListener('keydown', onKey);
    input.removeEventListener(FIELD_SET_EVENT, onSet);
  };
}

/** Browser: {@link bindField} for a number box checked against the number schema `fieldSchema`. */
export function bindNumberField(
  input: HTMLInputElement,
  fieldSchema: z.ZodTypeAny,
  onValue: (value: number) => void,
): () => void {
  return bindField(input, (box) => parseNumberText(box.value, fieldSchema, box.validity.badInput), onValue);
}
