/**
 * Property tests: a tampered link and a chapter's tag. For every widget, decodeUrlState reads
 * any query (any key, constructor and __proto__ included; any value) without throwing, into
 * settings its schema accepts, with finite numbers only and one short note per refusal; and
 * parseProps either returns valid, finite props or throws one WidgetPropsError whose lines
 * are short, whatever value a prop holds.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { objectShape } from '../../../components/shared/describe-schema';
import { WidgetPropsError, parseProps } from '../../../components/shared/parse-props';
import { decodeUrlState } from '../../../components/shared/url-state';
import { WIDGETS, hasOnlyFiniteNumbers, numberLikeText, readerText } from './widget-schemas';

/** Longest note next to a control, or line of a build error. */
const MAX_MESSAGE = 300;
const HOSTILE_KEYS = ['constructor', '__proto__', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', ''];

/** A value as a link writes it: a number-like text, a list of them, a setting's name, or anything. */
function linkValue(names: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    numberLikeText,
    fc.array(numberLikeText, { maxLength: 6 }).map((items) => items.join(',')),
    fc.constantFrom('true', 'false', ...names),
    readerText,
  );
}

describe.each(WIDGETS)('decodeUrlState for $name', ({ prefix, settings }) => {
  const keys = Object.keys(objectShape(settings));
  const base = settings.parse({});
  const namespace = `${prefix}1`;
  const entry = fc.tuple(
    fc.oneof(fc.constantFrom(...keys), fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 2000 })),
    linkValue(['parabola', 'hills', 'moons', 'xor', 'and', 'xor', 'sigmoid', 'step,tanh', 'bowl', 'rosenbrock']),
    fc.constantFrom(namespace, namespace, namespace, `${prefix}2`, prefix, ''),
  );
  const search = fc.oneof(
    fc.array(entry, { maxLength: 8 }).map((entries) => `?${new URLSearchParams(entries.map(([key, value, ns]) => [ns === '' ? key : `${ns}.${key}`, value])).toString()}`),
    fc.string({ maxLength: 300 }).map((text) => `?${namespace}.${text}`),
    fc.string({ maxLength: 300 }),
  );

  test('any query gives settings the schema accepts, finite numbers only, and short notes', () => {
    fc.assert(
      fc.property(search, (query) => {
        const { state, notes } = decodeUrlState(settings, namespace, query, base);
        const reparsed = settings.safeParse(state);
        expect(reparsed.success).toBe(true);
        expect(reparsed.data).toEqual(state);
        expect(hasOnlyFiniteNumbers(state)).toBe(true);
        for (const note of notes) {
          expect(note.message.length).toBeGreaterThan(0);
          expect(note.message.length, note.message).toBeLessThanOrEqual(MAX_MESSAGE);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe.each(WIDGETS)('parseProps for $name', ({ name, props }) => {
  const keys = Object.keys(objectShape(props));
  const propValue = fc.oneof(
    numberLikeText.map(Number),
    numberLikeText,
    fc.array(numberLikeText.map(Number), { maxLength: 9 }),
    fc.constantFrom(true, false, null, undefined, 'bowl', 'xor', ['step', 'step'], ['tanh']),
    fc.string({ minLength: 100, maxLength: 2000 }),
    fc.anything({ withBigInt: true, withDate: true, withNullPrototype: true, withSparseArray: true, withTypedArray: true, withMap: true, withSet: true }),
    fc.constant(new Date(Number.NaN)),
  );
  const tag = fc.dictionary(
    fc.oneof(fc.constantFrom(...keys), fc.constantFrom(...HOSTILE_KEYS.filter((key) => key !== '__proto__')), fc.string({ maxLength: 60 })),
    propValue,
    { maxKeys: 6 },
  );

  test('any props give valid, finite settings or one WidgetPropsError of short lines', () => {
    fc.assert(
      fc.property(tag, fc.constantFrom(undefined, 'content/chapters/learning-rate.mdx:48'), (given, source) => {
        let parsed: unknown;
        try {
          parsed = parseProps(props, source === undefined ? given : { ...given, __source: source }, name);
        } catch (error) {
          expect(error).toBeInstanceOf(WidgetPropsError);
          const { problems } = error as WidgetPropsError;
          expect(problems.length).toBeGreaterThan(0);
          for (const problem of problems) {
            expect(problem.startsWith(source === undefined ? `${name} › ` : `${source} › ${name} › `), problem).toBe(true);
            for (const line of problem.split('\n')) expect(line.length, line).toBeLessThanOrEqual(MAX_MESSAGE);
          }
          return;
        }
        expect(props.safeParse(parsed).success).toBe(true);
        expect(hasOnlyFiniteNumbers(parsed)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
