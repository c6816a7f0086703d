/**
 * Validates a widget's props at build time. Widgets call it through setUpWidget (the first
 * line of their frontmatter); a static figure with no instance state calls it directly:
 *
 *   const settings = parseProps(ActivationPlot.props, Astro.props, ActivationPlot.name);
 *
 * The schema is the widget's strict `z.object({...}).strict()` (ranges, defaults and
 * `.describe()` live there). The site's remark plugin stamps every widget tag with
 * `__source="content/chapters/neuron.mdx:48"`; parseProps reads and removes it, and on failure
 * throws ONE `WidgetPropsError` listing every problem, so the build stops with, for example:
 *
 *   content/chapters/neuron.mdx:48 › NeuronExplorer › inputs: expected an integer from 2 to 5, got 7
 *   content/chapters/neuron.mdx:48 › NeuronExplorer › bias: expected a number from -10 to 10, got "0.5" (a string)
 *     fix: write bias={0.5}; quotes make the value text
 */
import { z } from 'zod';
import { closestName, expectedGot } from '../../src/engine/index';
import { choicesOf, describeExpected, describeReceived, objectShape, unwrapSchema } from './describe-schema';

/** A widget tag whose props do not fit the widget's schema. `problems` holds one entry per line. */
export class WidgetPropsError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'WidgetPropsError';
    this.problems = problems;
  }
}

/** Validates `props` against `schema`; returns the parsed props with defaults filled in. */
export function parseProps<S extends z.ZodTypeAny>(
  schema: S,
  props: Record<string, unknown>,
  widgetName: string,
): z.output<S> {
  const { __source: source, ...rest } = props;
  const result = schema.safeParse(rest);
  if (result.success) return result.data;
  const prefix = typeof source === 'string' && source !== '' ? `${source} › ${widgetName}` : widgetName;
  throw new WidgetPropsError(describeIssues(schema, rest, result.error.issues).map((line) => `${prefix} › ${line}`));
}

/** One line per problem (plus an indented fix line where one helps), without the location prefix. */
export function describeIssues(
  schema: z.ZodTypeAny,
  props: Record<string, unknown>,
  issues: readonly z.ZodIssue[],
): string[] {
  const shape = objectShape(schema);
  const lines: string[] = [];
  const seenPaths = new Set<string>();
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) lines.push(describeUnknownProp(key, Object.keys(shape)));
      continue;
    }
    const pathText = formatPath(issue.path);
    if (seenPaths.has(pathText)) continue;
    seenPaths.add(pathText);
    const fieldSchema = schemaAt(shape, issue.path);
    const received = valueAt(props, issue.path);
    if (issue.code === 'custom' || !fieldSchema) {
      lines.push(`${pathText}: ${issue.message}`);
      continue;
    }
    const line = expectedGot(pathText, describeExpected(fieldSchema), describeReceived(received));
    const fix = suggestFix(issue.path, fieldSchema, received);
    lines.push(fix ? `${line}\n  fix: ${fix}` : line);
  }
  return lines;
}

function describeUnknownProp(key: string, allowed: readonly string[]): string {
  const guess = closestName(key, allowed);
  const allowedText = `allowed props are ${allowed.join(', ')}`;
  return `${key}: unknown prop\n  fix: ${guess ? `did you mean ${guess}? ` : ''}${allowedText}`;
}

/** `weights[2]` for the path ['weights', 2]. */
export function formatPath(path: readonly (string | number)[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}

function schemaAt(shape: Record<string, z.ZodTypeAny>, path: readonly (string | number)[]): z.ZodTypeAny | undefined {
  let current: z.ZodTypeAny | undefined = shape[String(path[0])];
  for (const part of path.slice(1)) {
    const inner: z.ZodTypeAny | undefined = current ? unwrapSchema(current) : undefined;
    if (inner instanceof z.ZodArray) current = inner.element;
    else if (inner instanceof z.ZodTuple) current = (inner.items as z.ZodTypeAny[])[Number(part)];
    else return undefined;
  }
  return current;
}

function valueAt(props: Record<string, unknown>, path: readonly (string | number)[]): unknown {
  let current: unknown = props;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[part];
  }
  return current;
}

/** A concrete rewrite of the tag for the common slips: quoted numbers, quoted booleans, near-miss names. */
function suggestFix(path: readonly (string | number)[], fieldSchema: z.ZodTypeAny, received: unknown): string | undefined {
  const name = String(path[0]);
  const inner = unwrapSchema(fieldSchema);
  if (typeof received !== 'string') return undefined;
  const text = received.trim();
  if (inner instanceof z.ZodNumber && text !== '' && Number.isFinite(Number(text))) {
    return path.length === 1
      ? `write ${name}={${Number(text)}}; quotes make the value text`
      : `write the numbers in ${name} without quotes`;
  }
  if (inner instanceof z.ZodBoolean && (text === 'true' || text === 'false')) {
    return `write ${name}={${text}}; quotes make the value text`;
  }
  if (inner instanceof z.ZodArray || inner instanceof z.ZodTuple) {
    const parts = text.replace(/^\[|\]$/g, '').split(',').map((part) => part.trim().replace(/^["']|["']$/g, ''));
    const itemChoices = inner instanceof z.ZodArray ? choicesOf(inner.element) : undefined;
    if (parts.every((part) => part !== '' && Number.isFinite(Number(part)))) {
      return `write ${name}={[${parts.map(Number).join(', ')}]}; a list goes in braces and brackets`;
    }
    if (itemChoices && parts.every((part) => itemChoices.includes(part))) {
      return `write ${name}={[${parts.map((part) => JSON.stringify(part)).join(', ')}]}; a list goes in braces and brackets`;
    }
  }
  const choices = choicesOf(inner);
  const guess = choices ? closestName(text, choices) : undefined;
  return guess ? `did you mean ${JSON.stringify(guess)}?` : undefined;
}
