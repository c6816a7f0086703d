/**
 * Browser: draws a figure spec (plot-spec.ts) into a container, typically over the SVG the
 * build rendered for the same initial state. Colours come from the CSS variables in
 * widget.css, so the figure follows the light/dark theme without a redraw.
 *
 *   renderPlot(part(root, '[data-role="plot"]'), spec);
 *   renderPlot(container, spec, { contours });     // a ContourCache: contour lines traced once
 *
 * The figure is drawn at the container's width (its height follows), so its 12 px text is
 * 12 px on screen whatever the width; its ids are prefixed with its place on the page.
 *
 * The SVG on the page stays, and only its content is swapped: every SVG Plot draws carries
 * its own <style>, and taking one <style> out of the page and putting another in makes the
 * browser restyle the whole page (about 14 ms on a long chapter, at every redraw).
 */
import * as Plot from '@observablehq/plot';
import { containerWidth } from './container-width';
import type { ContourCache } from './contour-cache';
import { figureIdPrefix, finishFigureInPlace } from './finish-figure';
import { scaledTo, toPlotOptions, type PlotSpec } from './plot-spec';

export interface RenderOptions {
  /** The widget's contour layers, reused while the grid, levels, size and scales stay. */
  readonly contours?: ContourCache;
}

/**
 * Renders `spec` into `container`; returns what Plot drew (an SVG, or a figure with a legend),
 * whose `scale()` describes the plot now shown. Its content may have moved into the SVG the
 * container already showed.
 */
export function renderPlot(container: Element, spec: PlotSpec, options: RenderOptions = {}): ReturnType<typeof Plot.plot> {
  const width = containerWidth(container);
  const scaled = width > 0 ? scaledTo(spec, width) : spec;
  const plotOptions = toPlotOptions(scaled);
  const figure = Plot.plot(options.contours ? options.contours.withLayers(scaled, plotOptions) : plotOptions);
  finishFigureInPlace(figure, { idPrefix: idPrefixOf(container), ariaLabel: spec.ariaLabel, ariaDescription: spec.ariaDescription });
  showFigure(container, figure);
  return figure;
}

/**
 * Shows `fresh` in `container`: moved into the figure already there, which keeps its elements
 * and every <style> they hold (the same text in every plain Plot SVG, and in every legend of the
 * same kind), or in place of it (the first figure, or one whose shape changed).
 */
function showFigure(container: Element, fresh: Element): void {
  const shown = container.firstElementChild;
  if (shown && canAdopt(shown, fresh)) adopt(shown, fresh);
  else container.replaceChildren(fresh);
}

/**
 * Whether `shown` can take `fresh`'s content and keep its styles: the same tag and, where
 * `fresh` opens with a <style> (an SVG, a legend), the same style text; a figure holding a
 * legend and an SVG matches child by child.
 */
function canAdopt(shown: Element, fresh: Element): boolean {
  if (shown.tagName !== fresh.tagName) return false;
  const freshStyle = styleOf(fresh);
  if (freshStyle) return styleOf(shown)?.textContent === freshStyle.textContent;
  const [before, after] = [shown.children, fresh.children];
  return (
    fresh.tagName.toLowerCase() === 'figure' &&
    before.length === after.length &&
    Array.from(after).every((child, i) => styleOf(child) !== null && canAdopt(before[i], child))
  );
}

/** Moves `fresh`'s attributes and content into `shown` (canAdopt said they match); `shown`'s <style> elements stay. */
function adopt(shown: Element, fresh: Element): void {
  // The attributes carry the size, the role="img" and the text alternative finishFigureInPlace wrote.
  for (const name of shown.getAttributeNames()) if (!fresh.hasAttribute(name)) shown.removeAttribute(name);
  for (const name of fresh.getAttributeNames()) shown.setAttribute(name, fresh.getAttribute(name) ?? '');
  const style = styleOf(shown);
  if (!style) {
    Array.from(fresh.children).forEach((child, i) => adopt(shown.children[i], child));
    return;
  }
  styleOf(fresh)?.remove();
  for (const child of Array.from(shown.childNodes)) if (child !== style) child.remove();
  shown.append(...Array.from(fresh.childNodes));
}

/** The <style> an SVG or a legend drawn by Plot opens with; none for a figure holding them. */
function styleOf(element: Element | null): Element | null {
  const first = element?.firstElementChild;
  return first?.tagName.toLowerCase() === 'style' ? first : null;
}

/** The figure's place on the page: its widget's id, its container's data-role, and which of them it is. */
function idPrefixOf(container: Element): string {
  const widget = container.closest('[data-widget]');
  const role = container.getAttribute('data-role') ?? 'plot';
  const index = widget ? Array.from(widget.querySelectorAll(`[data-role="${role}"]`)).indexOf(container) : 0;
  return figureIdPrefix(widget?.id || 'figure', role, Math.max(index, 0));
}
