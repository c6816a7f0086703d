/**
 * The one vocabulary of every check in the course, engine and site alike:
 *
 *   <where>: expected <what>, got <received>
 *
 * `describeValue` writes the "got" half the same way for a job spec, an optimizer
 * spec, a widget prop and a chapter's frontmatter: `"0.1" (a string)`, `[1, 2] (a list)`,
 * `nothing (the field is missing)`. Pure; never throws.
 */

/** Lists longer than this are counted instead of printed: a job's parameters can hold thousands. */
const MAX_LISTED_ITEMS = 8;

/** The sentence every check writes: `where: expected what, got received` (no `where:` when it is empty). */
export function expectedGot(where: string, expected: string, received: string): string {
  const sentence = `expected ${expected}, got ${received}`;
  return where === '' ? sentence : `${where}: ${sentence}`;
}

/** A value as messages quote it: 7, "0.1" (a string), [1, 2] (a list), null (an empty value). */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'null (an empty value)';
  if (typeof value === 'string') return `${JSON.stringify(value)} (a string)`;
  if (value instanceof Date) return `${value.toISOString().slice(0, 10)} (a date)`;
  if (Array.isArray(value)) {
    return value.length > MAX_LISTED_ITEMS ? `a list of ${counted(value.length, 'item')}` : `${formatItem(value)} (a list)`;
  }
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** The allowed names, quoted: `one of "sgd", "adam"`. */
export function describeChoices(choices: readonly string[]): string {
  return `one of ${choices.map((choice) => JSON.stringify(choice)).join(', ')}`;
}

/** `1 number`, `3 numbers`: a count with its noun. */
export function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** An item inside a printed list: strings quoted, lists bracketed, objects abbreviated. */
function formatItem(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(formatItem).join(', ')}]`;
  if (value !== null && typeof value === 'object') return '{…}';
  return String(value);
}
