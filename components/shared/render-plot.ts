/**
 * Browser: draws a figure spec (plot-spec.ts) into a container, replacing what was there,
 * typically the SVG the build rendered for the same initial state. Colours come from the
 * CSS variables in widget.css, so the figure follows the light/dark theme without a redraw.
 *
 *   renderPlot(part(root, '[data-role="plot"]'), spec);
 *
 * The figure is drawn at the container's width (its height follows), so its 12 px text is
 * 12 px on screen whatever the width; its ids are prefixed with its place on the page.
 */
import * as Plot from '@observablehq/plot';
import { figureIdPrefix, finishFigureInPlace } from './finish-figure';
import { scaledTo, toPlotOptions, type PlotSpec } from './plot-spec';

/** Renders `spec` into `container`; returns the new SVG element (or figure, with a legend). */
export function renderPlot(container: Element, spec: PlotSpec): ReturnType<typeof Plot.plot> {
  const width = Math.floor(container.clientWidth);
  const figure = Plot.plot(toPlotOptions(width > 0 ? scaledTo(spec, width) : spec));
  finishFigureInPlace(figure, { idPrefix: idPrefixOf(container), ariaLabel: spec.ariaLabel, ariaDescription: spec.ariaDescription });
  container.replaceChildren(figure);
  return figure;
}

/** The figure's place on the page: its widget's id, its container's data-role, and which of them it is. */
function idPrefixOf(container: Element): string {
  const widget = container.closest('[data-widget]');
  const role = container.getAttribute('data-role') ?? 'plot';
  const index = widget ? Array.from(widget.querySelectorAll(`[data-role="${role}"]`)).indexOf(container) : 0;
  return figureIdPrefix(widget?.id || 'figure', role, Math.max(index, 0));
}
