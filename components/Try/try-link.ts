/**
 * A prompt of the kind "try this, and you will see X", as a link that puts one figure in that
 * state, with what the reader should then see recorded beside it so a test can check it
 * (test/e2e/site/prompts.spec.ts). Checked at build time: the figure's prefix must name a
 * widget and every setting must be one the widget keeps, with a value its schema accepts.
 *
 *   tryLink({ figure: 'dc2', set: { learningRate: 2.1 }, see: 'diverges' })
 *   // { href: '?dc2.learningRate=2.1#dc-2', query: 'dc2.learningRate=2.1', figureId: 'dc-2' }
 */
import { definitionByPrefix, definitions } from '../definitions';
import { describeExpected, describeReceived, objectShape } from '../shared/describe-schema';
import { encodeUrlState } from '../shared/url-state';

export interface TryProps {
  /** The figure's URL namespace: its prefix and its number on the page, e.g. "dc2". */
  readonly figure: string;
  /** The settings to give it, as its URL state names them. */
  readonly set: Readonly<Record<string, unknown>>;
  /** A button of the figure the reader then presses, by its accessible name ("Play"). */
  readonly press?: string;
  /** Text the figure shows once it is in that state (and did not show before). */
  readonly see: string;
}

export interface TryLink {
  readonly href: string;
  readonly query: string;
  readonly figureId: string;
}

/** Builds the link, or throws naming the prop, what was expected and what was given. */
export function tryLink(props: TryProps, where: string): TryLink {
  const fail = (message: string): never => {
    throw new Error(`<Try> on ${where}: ${message}`);
  };
  const match = /^([a-z]{1,6})([1-9]\d*)$/.exec(String(props.figure));
  if (!match) fail(`figure: expected a figure's URL namespace such as "dc2", got ${describeReceived(props.figure)}`);
  const [, prefix, number] = match as RegExpExecArray;
  const definition = definitionByPrefix(prefix);
  if (!definition) {
    fail(`figure: no widget has the prefix "${prefix}"; expected one of ${definitions.map((d) => `${d.prefix} (${d.name})`).join(', ')}`);
  }
  const shape = objectShape(definition!.settings);
  if (typeof props.set !== 'object' || props.set === null || Object.keys(props.set).length === 0) {
    fail(`set: expected at least one setting of ${definition!.name}, such as set={{ ${Object.keys(shape)[0]}: … }}, got ${describeReceived(props.set)}`);
  }
  for (const [key, value] of Object.entries(props.set)) {
    const schema = Object.hasOwn(shape, key) ? shape[key] : undefined;
    if (!schema) fail(`set.${key}: ${definition!.name} has no setting "${key}"; expected one of ${Object.keys(shape).join(', ')}`);
    if (!schema!.safeParse(value).success) {
      fail(`set.${key}: expected ${describeExpected(schema!)}, got ${describeReceived(value)}`);
    }
  }
  if (typeof props.see !== 'string' || props.see.trim() === '') fail(`see: expected the text the figure then shows, got ${describeReceived(props.see)}`);
  if (props.press !== undefined && (typeof props.press !== 'string' || props.press.trim() === '')) {
    fail(`press: expected a button's name such as "Play", got ${describeReceived(props.press)}`);
  }
  const search = encodeUrlState(props.figure, props.set, '');
  const figureId = `${prefix}-${number}`;
  return { href: `${search}#${figureId}`, query: search.slice(1), figureId };
}
