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
 * Shows `fresh` in `container`: moved into the SVG already there, which keeps its element and its
 * <style> (the same text in every plain Plot SVG), or in place of it (the first figure, a legend).
 */
function showFigure(container: Element, fresh: Element): void {
  const shown = container.firstElementChild;
  const style = styleOf(shown);
  const freshStyle = styleOf(fresh);
  if (!shown || !style || !freshStyle || shown.tagName !== fresh.tagName || style.textContent !== freshStyle.textContent) {
    container.replaceChildren(fresh);
    return;
  }
  // The attributes carry the size, the role="img" and the text alternative finishFigureInPlace wrote.
  for (const name of shown.getAttributeNames()) if (!fresh.hasAttribute(name)) shown.removeAttribute(name);
  for (const name of fresh.getAttributeNames()) shown.setAttribute(name, fresh.getAttribute(name) ?? '');
  freshStyle.remove();
  for (const child of Array.from(shown.childNodes)) if (child !== style) child.remove();
  shown.append(...Array.from(fresh.childNodes));
}

/** The <style> an SVG drawn by Plot opens with; none for a figure holding a legend. */
function styleOf(element: Element | null): Element | null {
  if (element?.tagName.toLowerCase() !== 'svg') return null;
  const first = element.firstElementChild;
  return first?.tagName.toLowerCase() === 'style' ? first : null;
}

/** The figure's place on the page: its widget's id, its container's data-role, and which of them it is. */
function idPrefixOf(container: Element): string {
  const widget = container.closest('[data-widget]');
  const role = container.getAttribute('data-role') ?? 'plot';
  const index = widget ? Array.from(widget.querySelectorAll(`[data-role="${role}"]`)).indexOf(container) : 0;
  return figureIdPrefix(widget?.id || 'figure', role, Math.max(index, 0));
}
