/**
 * Small DOM helpers every view uses. Views find their parts by `data-role` inside their own
 * root (never by id), so several instances of a widget on one page stay independent.
 *
 *   const base = pageSettings(root, NeuronBoundaryProps);
 *   const plot = part<HTMLElement>(root, '[data-role="plot"]');
 *   showUrlNotes(root, notes);
 */
import type { z } from 'zod';
import type { UrlNote } from './url-state';

/** The settings the build wrote into the root's `data-props` (WidgetFrame.astro), read by the widget's schema. */
export function pageSettings<S extends z.ZodTypeAny>(root: HTMLElement, schema: S): z.output<S> {
  return schema.parse(JSON.parse(root.dataset.props ?? '{}'));
}

/** The element matching `selector` inside `root`; throws if the static shell lacks it. */
export function part<T extends Element = HTMLElement>(root: HTMLElement, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`${root.dataset.widget ?? 'widget'}: the page has no ${selector} inside the widget`);
  return element;
}

/** Shows the notes about a link's rejected settings in the widget's notes box (or hides it). */
export function showUrlNotes(root: HTMLElement, notes: readonly UrlNote[]): void {
  const box = part(root, '[data-role="notes"]');
  box.textContent = notes.map((note) => `The link's settings were adjusted: ${note.message}.`).join(' ');
  box.hidden = notes.length === 0;
}
