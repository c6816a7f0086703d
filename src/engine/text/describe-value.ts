/**
 * The one vocabulary of every check in the course, engine and site alike:
 *
 *   <where>: expected <what>, got <received>
 *
 * `describeValue` writes the "got" half the same way for a job spec, an optimizer
 * spec, a widget prop and a chapter's frontmatter: `"0.1" (a string)`, `[1, 2] (a list)`,
 * `nothing (the field is missing)`. Pure; never throws, and never writes more than a few
 * hundred characters, whatever arrives (a 10,000-character string, a list of lists of lists).
 */

/** Lists longer than this are counted instead of printed: a job's parameters can hold thousands. */
const MAX_LISTED_ITEMS = 8;
/** Texts (a string, a 300-digit BigInt) longer than this are cut, with an ellipsis. */
const MAX_QUOTED_CHARACTERS = 40;
/** A printed list longer than this is counted instead. */
const MAX_LIST_TEXT = 80;

/** At most 40 characters of `text`, cut with an ellipsis: for a name or a value that arrived from outside. */
export function clipped(text: string): string {
  return text.length <= MAX_QUOTED_CHARACTERS ? text : `${text.slice(0, MAX_QUOTED_CHARACTERS - 1)}…`;
}

/** The sentence every check writes: `where: expected what, got received` (no `where:` when it is empty). */
export function expectedGot(where: string, expected: string, received: string): string {
  const sentence = `expected ${expected}, got ${received}`;
  return where === '' ? sentence : `${where}: ${sentence}`;
}

/** A value as messages quote it: 7, "0.1" (a string), [1, 2] (a list), null (an empty value). */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'null (an empty value)';
  if (typeof value === 'string') return `${JSON.stringify(clipped(value))} (a string)`;
  // An invalid date (new Date('soon')) has no ISO form: toISOString would throw.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : `${value.toISOString().slice(0, 10)} (a date)`;
  if (Array.isArray(value)) {
    const text = value.length > MAX_LISTED_ITEMS ? '' : formatItem(value, 0);
    return text === '' || text.length > MAX_LIST_TEXT ? `a list of ${counted(value.length, 'item')}` : `${text} (a list)`;
  }
  if (typeof value === 'object') return 'an object';
  return clipped(String(value));
}

/** The allowed names, quoted: `one of "sgd", "adam"`. */
export function describeChoices(choices: readonly string[]): string {
  return `one of ${choices.map((choice) => JSON.stringify(choice)).join(', ')}`;
}

/** `1 number`, `3 numbers`: a count with its noun. */
export function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** An item inside a printed list: strings quoted, lists bracketed (two levels deep, short ones), objects abbreviated. */
function formatItem(value: unknown, depth: number): string {
  if (typeof value === 'string') return JSON.stringify(clipped(value));
  if (Array.isArray(value)) {
    return depth > 1 || value.length > MAX_LISTED_ITEMS ? '[…]' : `[${value.map((item) => formatItem(item, depth + 1)).join(', ')}]`;
  }
  if (value !== null && typeof value === 'object') return '{…}';
  return clipped(String(value));
}
