/**
 * Every widget's schemas, and the text a reader, a link or an author could throw at them, for
 * the property tests of the parsers: what the URL, a number box, a select and a tag accept.
 */
import fc from 'fast-check';
import { z } from 'zod';
import { ActivationPlot } from '../../../components/ActivationPlot/schema';
import { DescentBowlProps } from '../../../components/DescentBowl/schema';
import { DescentCurve } from '../../../components/DescentCurve/schema';
import { LearningRateSweep } from '../../../components/LearningRateSweep/schema';
import { NeuronBoundary } from '../../../components/NeuronBoundary/schema';
import { NeuronExplorer } from '../../../components/NeuronExplorer/schema';
import { PerceptronLearner } from '../../../components/PerceptronLearner/schema';
import { objectShape, unwrapSchema } from '../../../components/shared/describe-schema';

/** What the tests need of a widget: its name, URL prefix, tag props and kept settings. */
export interface WidgetSchemas {
  readonly name: string;
  readonly prefix: string;
  readonly props: z.ZodTypeAny;
  readonly settings: z.ZodTypeAny;
}

/** Every widget with a schema.ts. DescentBowl has no kit definition yet: its props are its settings, prefix db. */
export const WIDGETS: readonly WidgetSchemas[] = [
  ActivationPlot,
  DescentCurve,
  LearningRateSweep,
  NeuronBoundary,
  NeuronExplorer,
  PerceptronLearner,
  { name: 'DescentBowl', prefix: 'db', props: DescentBowlProps, settings: DescentBowlProps },
];

/** Every schema of `kind` in a widget's settings, by path: top-level fields, list items and pair items. */
export function fieldsOfKind(settings: z.ZodTypeAny, kind: typeof z.ZodNumber | typeof z.ZodEnum): [string, z.ZodTypeAny][] {
  const found: [string, z.ZodTypeAny][] = [];
  for (const [key, field] of Object.entries(objectShape(settings))) {
    const inner = unwrapSchema(field);
    const parts: [string, z.ZodTypeAny][] =
      inner instanceof z.ZodArray
        ? [[`${key}[]`, inner.element]]
        : inner instanceof z.ZodTuple
          ? (inner.items as z.ZodTypeAny[]).map((item, i) => [`${key}[${i}]`, item])
          : [[key, field]];
    for (const [path, schema] of parts) if (unwrapSchema(schema) instanceof kind) found.push([path, schema]);
  }
  return found;
}

/** Texts that look like numbers, or nearly: signs, exponents, 400 digits, commas, hex, spaces. */
export const numberLikeText: fc.Arbitrary<string> = fc.oneof(
  fc.double().map(String),
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String),
  fc.double({ min: -20, max: 20, noNaN: true }).map((x) => x.toFixed(3)),
  fc.constantFrom('', ' ', '-0', '+0', '.5', '5.', '1e400', '-1e400', '1e-400', '4.9e-324', 'Infinity', '-Infinity', 'NaN', '0x10', '1,5', '1_000', '٣', '１２', '1e', 'e5', '--2', '+-1', '0.1.2'),
  fc.integer({ min: 1, max: 1500 }).map((n) => '9'.repeat(n)),
  fc.integer({ min: 1, max: 1500 }).map((n) => `0.${'0'.repeat(n)}1`),
  fc.integer({ min: 1, max: 1500 }).map((n) => `${'1'.repeat(n)},5`),
);

/** Any text, number-like half the time, sometimes padded with spaces, sometimes very long. */
export const readerText: fc.Arbitrary<string> = fc.oneof(
  numberLikeText,
  fc.tuple(fc.constantFrom('', ' ', '\t', '\n'), numberLikeText, fc.constantFrom('', ' ', '\u00a0')).map((parts) => parts.join('')),
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ minLength: 200, maxLength: 2000 }),
);

/** True when every number anywhere in `value` is finite. */
export function hasOnlyFiniteNumbers(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(hasOnlyFiniteNumbers);
  if (value !== null && typeof value === 'object') return Object.values(value).every(hasOnlyFiniteNumbers);
  return true;
}
