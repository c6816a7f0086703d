/**
 * Browser: the settings of one widget instance, written once for every widget. It reads the
 * page's settings (what the build drew) and the link's (URL state, with notes for what it
 * could not honour), keeps the current settings valid for the schema, writes every change
 * back to the URL once changes pause, and tells its listeners.
 *
 *   const state = new WidgetState(root, DescentCurveProps, 'dc1');
 *   state.onChange((settings) => render(settings));
 *   state.update({ steps: 40 });            // checked against the schema first
 *   if (state.differsFromPage) render(state.value);   // a link the build did not draw
 */
import type { z } from 'zod';
import { pageSettings, showUrlNotes } from './dom';
import { createUrlWriter, readUrlState, settingsInQuery } from './url-state';

/**
 * Hears every accepted change: `source` is the control it came from, if any (left as the reader
 * typed it); `isReset` says the settings went back to the page's.
 */
export type StateListener<S> = (settings: S, source: Element | undefined, isReset: boolean) => void;

export class WidgetState<S extends object> {
  /** The settings the build drew the figure with. */
  readonly page: S;
  /** The settings the page's link gave and the figure accepted (a figure may derive others from them). */
  readonly fromLink: ReadonlySet<string>;
  private current: S;
  private readonly listeners: StateListener<S>[] = [];
  private readonly saveUrl: (settings: Record<string, unknown>) => void;

  constructor(
    private readonly root: HTMLElement,
    private readonly schema: z.ZodType<S, z.ZodTypeDef, unknown>,
    namespace: string,
  ) {
    this.page = pageSettings(root, schema);
    const { state, notes } = readUrlState(schema, namespace, this.page);
    const rejected = new Set(notes.filter((note) => !note.isRepeat).map((note) => note.key));
    this.fromLink = new Set(settingsInQuery(namespace, window.location.search).filter((key) => !rejected.has(key)));
    this.current = state;
    this.saveUrl = createUrlWriter(namespace);
    showUrlNotes(root, notes);
  }

  /** The current settings; always valid for the schema. */
  get value(): S {
    return this.current;
  }

  /** Whether the settings differ from the page's (a link chose others): the build's figure is then not theirs. */
  get differsFromPage(): boolean {
    return JSON.stringify(this.current) !== JSON.stringify(this.page);
  }

  /** Registers `listener` for every accepted change, in registration order. */
  onChange(listener: StateListener<S>): void {
    this.listeners.push(listener);
  }

  /**
   * Applies `change` if the merged settings fit the schema (cross-field rules included) and
   * returns undefined; otherwise keeps the current settings and returns what is wrong, in words.
   */
  update(change: Partial<S>, source?: Element): string | undefined {
    const result = this.schema.safeParse({ ...this.current, ...change });
    if (!result.success) return result.error.issues.map((issue) => issue.message).join('; ');
    this.current = result.data;
    this.saveUrl(this.current as Record<string, unknown>);
    for (const listener of this.listeners) listener(this.current, source, false);
    return undefined;
  }

  /** Back to the page's settings; the link's notes go, since its settings no longer show. */
  reset(): void {
    showUrlNotes(this.root, []);
    this.current = this.page;
    this.saveUrl(this.current as Record<string, unknown>);
    for (const listener of this.listeners) listener(this.current, undefined, true);
  }
}
