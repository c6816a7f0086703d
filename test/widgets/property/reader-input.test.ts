/**
 * Property tests: what a reader types into a widget's boxes and selects. Every number box of
 * every widget, the hidden-layers box and every select read any text without throwing (a
 * select by design throws for a name it does not list), accept only finite values that the
 * schema allows, and answer everything else with one short message naming the range.
 */
import fc from 'fast-check';
import { z } from 'zod';
import { describe, expect, test } from 'vitest';
import { parseHiddenText } from '../../../components/LearningRateSweep/settings-text';
import { LearningRateSweepProps } from '../../../components/LearningRateSweep/schema';
import { choicesOf, describeExpected } from '../../../components/shared/describe-schema';
import { parseNumberText } from '../../../components/shared/number-field';
import { parseChoice } from '../../../components/shared/select-field';
import { WIDGETS, fieldsOfKind, readerText } from './widget-schemas';

const RUNS = { numRuns: 200 };
/** Longest inline message: it sits under a box in a figure, on a phone too. */
const MAX_MESSAGE = 200;

const numberFields = WIDGETS.flatMap((widget) => fieldsOfKind(widget.settings, z.ZodNumber).map(([path, schema]) => [`${widget.name}.${path}`, schema] as const));
const enumFields = WIDGETS.flatMap((widget) => fieldsOfKind(widget.settings, z.ZodEnum).map(([path, schema]) => [`${widget.name}.${path}`, schema] as const));

function expectShortMessage(message: string): void {
  expect(message.length).toBeGreaterThan(0);
  expect(message.length, message).toBeLessThanOrEqual(MAX_MESSAGE);
}

describe('parseNumberText', () => {
  test('the widgets have number boxes to check', () => {
    expect(numberFields.length).toBeGreaterThanOrEqual(20);
  });

  test.each(numberFields)('%s: any text gives a finite value the schema accepts, or a short message naming the range', (_, schema) => {
    const advice = `enter ${describeExpected(schema)}`;
    fc.assert(
      fc.property(readerText, fc.boolean(), (text, isUnreadable) => {
        const result = parseNumberText(text, schema, isUnreadable);
        if (result.ok) {
          expect(isUnreadable).toBe(false);
          expect(Number.isFinite(result.value)).toBe(true);
          expect(schema.safeParse(result.value).success).toBe(true);
          expect(result.value).toBe(Number(text.trim()));
        } else {
          expectShortMessage(result.message);
          expect(result.message.endsWith(advice), result.message).toBe(true);
        }
      }),
      RUNS,
    );
  });
});

describe('parseChoice', () => {
  test.each(enumFields)('%s: a listed name comes back as is; any other text throws an Error naming every choice', (_, schema) => {
    const choices = choicesOf(schema) ?? [];
    const names = fc.oneof(fc.constantFrom(...choices), fc.constantFrom('constructor', '__proto__', 'toString', ''), readerText);
    fc.assert(
      fc.property(names, (name) => {
        if (choices.includes(name)) {
          expect(parseChoice(name, schema)).toBe(name);
          return;
        }
        expect(() => parseChoice(name, schema)).toThrow(Error);
        try {
          parseChoice(name, schema);
        } catch (error) {
          for (const choice of choices) expect((error as Error).message).toContain(JSON.stringify(choice));
        }
      }),
      RUNS,
    );
  });
});

describe('parseHiddenText', () => {
  const hidden = LearningRateSweepProps.innerType().shape.hidden;
  const sizeLists = fc.array(fc.oneof(fc.integer({ min: -5, max: 40 }).map(String), readerText), { minLength: 1, maxLength: 5 }).map((parts) => parts.join(','));

  test('any text gives 1 to 3 finite layer sizes the schema accepts, or a short message naming the list allowed', () => {
    fc.assert(
      fc.property(fc.oneof(sizeLists, readerText), (text) => {
        const result = parseHiddenText(text);
        if (result.ok) {
          expect(hidden.safeParse(result.value).success).toBe(true);
          expect(result.value.every(Number.isFinite)).toBe(true);
        } else {
          expectShortMessage(result.message);
          expect(result.message).toContain('separated by commas');
        }
      }),
      { numRuns: 300 },
    );
  });
});
