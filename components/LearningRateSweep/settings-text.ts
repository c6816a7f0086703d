/**
 * The reader's typed settings that number-field.ts does not cover: the list of hidden layer
 * sizes, and the rule that the smallest rate stays below the largest. Pure; never throws.
 */
import { describeExpected } from '../shared/describe-schema';
import { parseNumberText, type FieldResult } from '../shared/number-field';
import { shorten } from '../shared/url-state';
import { LearningRateSweepProps } from './schema';

const HIDDEN = LearningRateSweepProps.innerType().shape.hidden;

/** "16, 8" → [16, 8]; anything else gets a message naming what is allowed. */
export function parseHiddenText(text: string): FieldResult<number[]> {
  const advice = `enter ${describeExpected(HIDDEN)}, separated by commas`;
  // Worded like an empty number box (number-field.ts), not as one missing size.
  if (text.trim() === '') return { ok: false, message: `the field is empty; ${advice}` };
  const parts = text.split(',').map((part) => part.trim());
  if (parts.length > 3) return { ok: false, message: `${parts.length} layers is too many; ${advice}` };
  const sizes: number[] = [];
  for (const part of parts) {
    const result = parseNumberText(part, HIDDEN.removeDefault().element);
    if (!result.ok) return { ok: false, message: `${part === '' ? 'a size is missing' : `"${shorten(part)}" is not a layer size`}; ${advice}` };
    sizes.push(result.value);
  }
  return { ok: true, value: sizes };
}

/** The message for a rate range that is upside down, or undefined when it is fine. */
export function rateOrderProblem(minRate: number, maxRate: number): string | undefined {
  return minRate < maxRate
    ? undefined
    : `the smallest rate (${minRate}) must be below the largest (${maxRate}); change one of them`;
}
