/**
 * The last pass over every figure Plot draws, at build time (linkedom) and in the browser, so
 * both write the same markup:
 *
 * - Ids. Plot numbers its clip paths `plot-clip-1`, `-2`, … from a counter of its own, so a
 *   figure redrawn in the browser reuses the ids of figures the build drew, and a path is then
 *   clipped by another figure's frame. Every id becomes `<prefix>-def-<n>` in document order and
 *   the `url(#…)` and `href="#…"` references follow; the prefix names the figure's place on the
 *   page (figureIdPrefix), so ids are unique and the same on every run.
 * - The text alternative. The figure's SVG is one `role="img"` carrying the spec's aria-label and
 *   aria-description. Plot also names inner groups ("x-axis tick"), which a group without a role
 *   may not carry (axe: aria-prohibited-attr); those names go. A legend's swatches are hidden
 *   from screen readers, since the legend's text says the same.
 * - Numbers. Points are rounded to 1 decimal (a tenth of a pixel at the figure's own size),
 *   sizes, text offsets and transforms (which may turn or scale) to 2, not written with 17
 *   digits, which makes up much of a page's bytes; then polylines lose the points the shape does
 *   not need (simplify-path.ts: contour bands run along the frame in collinear points), and long
 *   ones are written as relative steps, shorter once gzipped.
 *
 *   finishFigureInPlace(Plot.plot(options), { idPrefix: 'db-1-panel-plot-1', ariaLabel: '…' });
 */

import { relativePath, simplifyPath } from './simplify-path';

export interface FigureText {
  readonly idPrefix: string;
  readonly ariaLabel?: string;
  readonly ariaDescription?: string;
}

/** Attributes that hold points, whose numbers are rounded to 1 decimal. */
const POINTS = ['d', 'points', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy'];
/** Attributes that hold sizes, em offsets or transforms, whose numbers are rounded to 2 decimals. */
const MEASURES = ['transform', 'x', 'y', 'r', 'width', 'height', 'viewBox'];

const NUMBER = /-?(?:\d+\.\d*|\.\d+|\d+)(?:e[-+]?\d+)?/gi;

/** The id prefix of a figure: its widget's id, the data-role of its container, and which one of them it is (1, 2, …). */
export function figureIdPrefix(widgetId: string, role: string, index = 0): string {
  return `${widgetId}-${role}-${index + 1}`;
}

/** `text` with every decimal number rounded to `decimals` decimals; whole numbers stay as written. */
export function roundNumbers(text: string, decimals = 2): string {
  const scale = 10 ** decimals;
  return text.replace(NUMBER, (token) => {
    if (!/[.e]/i.test(token)) return token;
    const rounded = Math.round(Number(token) * scale) / scale;
    return String(rounded === 0 ? 0 : rounded);
  });
}

/** Applies the ids, the text alternative and the rounding to what Plot drew (an SVG, or a figure holding a legend and an SVG). */
export function finishFigureInPlace(root: Element, text: FigureText): void {
  renameIdsInPlace(root, text.idPrefix);
  for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
    for (const [names, decimals] of [[POINTS, 1], [MEASURES, 2]] as const) {
      for (const name of names) {
        const value = element.getAttribute(name);
        if (value !== null) element.setAttribute(name, roundNumbers(value, decimals));
      }
    }
    const d = element.getAttribute('d');
    if (d !== null) element.setAttribute('d', relativePath(simplifyPath(d)));
  }
  const svgs = Array.from(root.querySelectorAll('svg'));
  const main = root.tagName.toLowerCase() === 'svg' ? root : svgs.find((svg) => svg.parentElement === root);
  for (const element of Array.from(root.querySelectorAll('[aria-label], [aria-description]'))) {
    element.removeAttribute('aria-label');
    element.removeAttribute('aria-description');
  }
  for (const svg of svgs) if (svg !== main) svg.setAttribute('aria-hidden', 'true');
  if (!main) return;
  main.setAttribute('role', 'img');
  setOrRemove(main, 'aria-label', text.ariaLabel);
  setOrRemove(main, 'aria-description', text.ariaDescription);
}

function setOrRemove(element: Element, name: string, value: string | undefined): void {
  if (value) element.setAttribute(name, value);
  else element.removeAttribute(name);
}

function renameIdsInPlace(root: Element, prefix: string): void {
  const renamed = new Map<string, string>();
  for (const element of Array.from(root.querySelectorAll('[id]'))) {
    const id = `${prefix}-def-${renamed.size + 1}`;
    renamed.set(element.getAttribute('id') ?? '', id);
    element.setAttribute('id', id);
  }
  if (renamed.size === 0) return;
  const reference = /url\(#([^)]+)\)|^#(.+)$/g;
  for (const element of Array.from(root.querySelectorAll('*'))) {
    for (const name of element.getAttributeNames()) {
      const value = element.getAttribute(name) ?? '';
      if (!value.includes('#')) continue;
      const next = value.replace(reference, (match, inUrl?: string, inHref?: string) => {
        const id = renamed.get(inUrl ?? inHref ?? '');
        if (!id) return match;
        return inUrl ? `url(#${id})` : `#${id}`;
      });
      if (next !== value) element.setAttribute(name, next);
    }
  }
}
