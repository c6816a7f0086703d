/**
 * A widget's settings in the page URL, so a copied link reopens the same figure.
 *
 * Each widget instance owns a namespace (`ne1` for the first NeuronExplorer on the page) and
 * writes its settings as query parameters: `?ne1.inputs=3&ne1.weights=0.5,-1`. The query is
 * used rather than the hash so heading anchors keep working. Lists are comma-separated.
 *
 *   const { state, notes } = readUrlState(NeuronExplorer.settings, 'ne1', page);  // on mount
 *   const saveUrl = createUrlWriter('ne1');                                      // once per instance
 *   saveUrl(state);                                                              // on every change
 *
 * Widgets do not call these themselves: WidgetState (widget-state.ts) does, once for all.
 *
 * `createUrlWriter` writes at most every 250 ms (a slider drag fires dozens of events a second,
 * and browsers throttle, with a console warning, pages that rewrite history that often).
 *
 * Values are checked with the widget's own props schema. A tampered value never throws: the
 * widget keeps the page's value for that setting and gets a note to show next to the control.
 */
import { z } from 'zod';
import { describeExpected, objectShape, unwrapSchema } from './describe-schema';

/** Something a link asked for that the widget could not honour, to show next to `key`'s control. */
export interface UrlNote {
  readonly key: string;
  readonly message: string;
  /** A repeat of a setting the link already gave: the note does not say the setting was refused. */
  readonly isRepeat?: boolean;
}

/** A number written in decimal notation, with an optional exponent: 2, -0.5, .5, 1e-3. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Converts one URL text to the kind of value the field expects, before the schema checks it. */
function decodeValue(text: string, fieldSchema: z.ZodTypeAny): unknown {
  const inner = unwrapSchema(fieldSchema);
  // Decimal notation only (2, -0.5, 1e-3): Number() would also read "0x10" as 16, "0b11", "Infinity" and " 5 ".
  if (inner instanceof z.ZodNumber) return text.trim() === '' ? text : DECIMAL.test(text) ? Number(text) : Number.NaN;
  if (inner instanceof z.ZodBoolean) return text === 'true' ? true : text === 'false' ? false : text;
  if (inner instanceof z.ZodArray) {
    return text === '' ? [] : text.split(',').map((part) => decodeValue(part, inner.element));
  }
  if (inner instanceof z.ZodTuple) {
    const items = inner.items as z.ZodTypeAny[];
    return text.split(',').map((part, i) => (items[i] ? decodeValue(part, items[i]) : part));
  }
  return text;
}

function encodeValue(value: unknown): string {
  if (Array.isArray(value)) return value.map(encodeValue).join(',');
  // Keep the separators readable: only characters that would break the query are escaped.
  return encodeURIComponent(String(value)).replace(/%2C/gi, ',');
}

/** At most `limit` characters of a reader-controlled text, so a 1,500-character value cannot fill the figure. */
export function shorten(text: string, limit = 40): string {
  const characters = [...text];
  return characters.length <= limit ? text : `${characters.slice(0, limit - 1).join('')}…`;
}

/** Formats a setting for a note: lists as "0.5, -1". */
function showValue(value: unknown): string {
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/**
 * Reads the settings of `namespace` from a query string, on top of `base` (the page's props).
 * Pure: returns the merged state, always valid for `schema`, and one note per rejected setting.
 */
export function decodeUrlState<S extends z.ZodTypeAny>(
  schema: S,
  namespace: string,
  search: string,
  base: z.output<S>,
): { state: z.output<S>; notes: UrlNote[] } {
  const shape = objectShape(schema);
  const notes: UrlNote[] = [];
  const fromUrl: Record<string, unknown> = {};
  const seen = new Map<string, string>();
  for (const [name, text] of new URLSearchParams(search)) {
    if (!name.startsWith(`${namespace}.`)) continue;
    const key = name.slice(namespace.length + 1);
    // One rule for a repeated setting: the first value counts, valid or not, and the repeats are named as ignored.
    const first = seen.get(key);
    if (first !== undefined) {
      notes.push({ key, message: `the link sets ${shorten(key)} more than once; only the first, ${shorten(key)}=${shorten(first)}, is read`, isRepeat: true });
      continue;
    }
    seen.set(key, text);
    // Own keys only: a key named like an Object property (constructor, __proto__) is not a setting.
    const fieldSchema = Object.hasOwn(shape, key) ? shape[key] : undefined;
    if (!fieldSchema) {
      notes.push({ key, message: `the link's setting "${shorten(key)}" is not one of this figure's settings; it is ignored` });
      continue;
    }
    const parsed = fieldSchema.safeParse(decodeValue(text, fieldSchema));
    if (parsed.success) fromUrl[key] = parsed.data;
    else notes.push({ key, message: rejectedNote(key, text, describeExpected(fieldSchema), base) });
  }
  return mergeConsistent(schema, base, fromUrl, notes);
}

function rejectedNote(key: string, text: string, expected: string, base: Record<string, unknown>): string {
  // An optional setting with no default has no page value to name: the figure derives it.
  const shown = base[key] === undefined ? "the figure's own choice" : showValue(base[key]);
  return `the link set ${key}=${shorten(text)}, but it must be ${expected}; showing ${shorten(shown)}`;
}

/** Whether a setting may be left out, the figure choosing it (optional with no default). */
function isOptional(fieldSchema: z.ZodTypeAny): boolean {
  const result = fieldSchema.safeParse(undefined);
  return result.success && result.data === undefined;
}

/** Drops the URL settings that break a cross-field rule (for example a list longer than `inputs`). */
function mergeConsistent<S extends z.ZodTypeAny>(
  schema: S,
  base: z.output<S>,
  fromUrl: Record<string, unknown>,
  notes: UrlNote[],
): { state: z.output<S>; notes: UrlNote[] } {
  const kept = { ...fromUrl };
  const page: Record<string, unknown> = { ...base };
  for (;;) {
    const result = schema.safeParse({ ...page, ...kept });
    if (result.success) return { state: result.data, notes };
    const culprits = result.error.issues.map((issue) => String(issue.path[0])).filter((key) => Object.hasOwn(kept, key));
    if (culprits.length === 0) {
      // The link clashes with page settings it did not give. One the figure can derive (optional, such as
      // NeuronExplorer's weights for ?ne1.inputs=5) is left to the figure, as when the reader changes the count.
      const shape = objectShape(schema);
      const clashing = [...new Set(result.error.issues.map((issue) => String(issue.path[0])))];
      const derived = clashing.filter((key) => page[key] !== undefined && Object.hasOwn(shape, key) && isOptional(shape[key]));
      if (derived.length > 0) {
        for (const key of derived) delete page[key];
        continue;
      }
      const given = Object.keys(kept).join(', ');
      const messages = result.error.issues.map((issue) => issue.message).join('; ');
      notes.push({ key: '', message: `the link's ${shorten(given)} does not fit the page's other settings: ${shorten(messages, 120)}; showing the page's settings` });
      return { state: base, notes };
    }
    for (const key of culprits) {
      const issue = result.error.issues.find((candidate) => String(candidate.path[0]) === key);
      notes.push({ key, message: `the link's setting "${key}" does not fit the others: ${issue?.message}; showing the page's ${key}` });
      delete kept[key];
    }
  }
}

/** The names of the settings `search` gives for `namespace`, accepted or not: ["steps"] for db1 in `?db1.steps=80&db2.x=1`. */
export function settingsInQuery(namespace: string, search: string): string[] {
  return [...new URLSearchParams(search).keys()]
    .filter((name) => name.startsWith(`${namespace}.`))
    .map((name) => name.slice(namespace.length + 1));
}

/** Returns `search` with the settings of `namespace` replaced by `state`; other parameters are kept. */
export function encodeUrlState(namespace: string, state: Record<string, unknown>, search: string): string {
  const others = [...new URLSearchParams(search)]
    .filter(([name]) => !name.startsWith(`${namespace}.`))
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeValue(value)}`);
  const mine = Object.entries(state)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${namespace}.${key}=${encodeValue(value)}`);
  const parts = [...others, ...mine];
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}

/** Browser: reads `namespace`'s settings from the current URL (see {@link decodeUrlState}). */
export function readUrlState<S extends z.ZodTypeAny>(
  schema: S,
  namespace: string,
  base: z.output<S>,
): { state: z.output<S>; notes: UrlNote[] } {
  return decodeUrlState(schema, namespace, window.location.search, base);
}

/** Browser: writes `namespace`'s settings into the URL without adding a history entry. */
export function writeUrlState(namespace: string, state: Record<string, unknown>): void {
  const search = encodeUrlState(namespace, state, window.location.search);
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  window.history.replaceState(window.history.state, '', url);
}

/**
 * Browser: a writer for one widget instance that coalesces rapid changes: the first change
 * starts a `delayMs` timer, later ones only replace the state it will write. So the URL is
 * written at most once per `delayMs`, with the latest state, and a stream of changes faster
 * than that (Play's 220 ms ticks) cannot put the write off for ever. Its timer lives in the
 * closure, one per instance.
 */
export function createUrlWriter(namespace: string, delayMs = 250): (state: Record<string, unknown>) => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: Record<string, unknown> = {};
  return (state) => {
    pending = state;
    if (timer !== null) return;
    timer = setTimeout(() => {
      timer = null;
      writeUrlState(namespace, pending);
    }, delayMs);
  };
}
