import type { ZodIssue } from 'astro/zod';
import { closestName, describeValue, expectedGot } from '../../engine/index';

/** Reads the value at an issue's path from the raw frontmatter, for the "got" half. */
function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** Writes a field path as an author reads it: `objectives[1]`, `order`. */
export function formatPath(path: readonly (string | number)[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
};

function expectedSize(issue: ZodIssue & { code: 'too_small' | 'too_big' }): string {
  const bound = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  const atLeast = issue.code === 'too_small';
  if (issue.type === 'string') {
    return atLeast && bound === 1 ? 'non-empty text' : `text of ${atLeast ? 'at least' : 'at most'} ${bound} characters`;
  }
  if (issue.type === 'array') {
    return `a list with ${atLeast ? 'at least' : 'at most'} ${bound} item${bound === 1 ? '' : 's'}`;
  }
  return `a number ${atLeast ? '≥' : '≤'} ${bound}`;
}

/** The "expected" half of a message, in the words an author uses. */
export function describeExpected(issue: ZodIssue, knownFields: readonly string[]): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'integer') return 'a whole number';
      return TYPE_WORDS[issue.expected] ?? issue.expected;
    case 'too_small':
    case 'too_big':
      return expectedSize(issue);
    case 'invalid_string':
      return 'a chapter slug (lower-case words joined by hyphens, like learning-rate)';
    case 'unrecognized_keys':
      return `a known field name (${knownFields.join(', ')})`;
    default:
      return issue.message.toLowerCase();
  }
}

/**
 * Turns one zod issue into `file › field: expected …, got …`. An unknown field gets
 * one line per key, so the author sees each typo by name.
 */
export function describeIssue(
  file: string,
  issue: ZodIssue,
  data: unknown,
  knownFields: readonly string[],
): string[] {
  const expected = describeExpected(issue, knownFields);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const path = [...issue.path, key];
      const meant = closestName(key, knownFields);
      const fix = meant ? `\n  fix: did you mean ${meant}?` : '';
      return `${file} › ${expectedGot(formatPath(path), expected, describeValue(valueAt(data, path)))}${fix}`;
    });
  }
  const field = issue.path.length > 0 ? formatPath(issue.path) : 'frontmatter';
  return [`${file} › ${expectedGot(field, expected, describeValue(valueAt(data, issue.path)))}`];
}
