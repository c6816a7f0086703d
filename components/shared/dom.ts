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

/** Writes `heading` and one list item per line into the widget's notes box, or hides the box when there are none. */
function showNotes(root: HTMLElement, heading: string, lines: readonly string[]): void {
  const box = part(root, '[data-role="notes"]');
  box.hidden = lines.length === 0;
  if (lines.length === 0) {
    box.replaceChildren();
    return;
  }
  const title = document.createElement('strong');
  title.textContent = heading;
  const list = document.createElement('ul');
  // textContent only: what a link carries is never read as HTML.
  for (const line of lines) list.append(Object.assign(document.createElement('li'), { textContent: line }));
  box.replaceChildren(title, list);
}

/** Shows the notes about a link's rejected settings in the widget's notes box (or hides it). */
export function showUrlNotes(root: HTMLElement, notes: readonly UrlNote[]): void {
  showNotes(root, "The link's settings were adjusted:", notes.map((note) => `${note.message}.`));
}

/** Says inside the figure that its interactive part could not start, and why; the build's figure stays. */
export function showStartFailure(root: HTMLElement, reason: string): void {
  root.dataset.hydrated = 'failed';
  const box = root.querySelector<HTMLElement>('[data-role="notes"]');
  if (!box) return;
  showNotes(root, 'This figure could not start:', [
    `${reason}. It shows the page's settings; its controls do not respond. Reloading the page may help.`,
  ]);
  root.querySelectorAll<HTMLButtonElement | HTMLInputElement | HTMLSelectElement>('button, input, select').forEach((control) => {
    control.disabled = true;
  });
}

/** Focus that setDisabled moved off a button it disabled: from which button, to which element. */
const handedOff = new WeakMap<HTMLButtonElement, Element>();

/**
 * Enables or disables a button without losing the keyboard: when the focused button becomes
 * disabled, focus moves to the first enabled button of the same widget (or the figure itself),
 * and comes back when the button is enabled again, unless the reader has pressed a key or
 * clicked since. So a button disabled while its action computes (Step) keeps the reader's focus.
 */
export function setDisabled(button: HTMLButtonElement, isDisabled: boolean): void {
  const active = button.ownerDocument.activeElement;
  button.disabled = isDisabled;
  if (!isDisabled) {
    if (active !== null && handedOff.get(button) === active) button.focus();
    handedOff.delete(button);
    return;
  }
  if (active !== button) return;
  const root = button.closest<HTMLElement>('[data-widget]');
  const next = root?.querySelector<HTMLButtonElement>('button:not(:disabled):not([hidden])');
  const target = next ?? root;
  if (!target) return;
  if (target === root) root.tabIndex = -1;
  target.focus();
  handedOff.set(button, target);
  // A key or a click there is the reader's own: focus then stays where it is.
  const release = () => {
    if (handedOff.get(button) === target) handedOff.delete(button);
  };
  target.addEventListener('keydown', release, { once: true });
  target.addEventListener('pointerdown', release, { once: true });
}
