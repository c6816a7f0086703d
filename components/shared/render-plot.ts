/**
 * Browser: draws a figure spec (plot-spec.ts) into a container, replacing what was there,
 * typically the SVG the build rendered for the same initial state. Colours come from the
 * CSS variables in widget.css, so the figure follows the light/dark theme without a redraw.
 *
 *   renderPlot(part(root, '[data-role="plot"]'), spec);
 */
import * as Plot from '@observablehq/plot';
import { toPlotOptions, type PlotSpec } from './plot-spec';

/** Renders `spec` into `container`; returns the new SVG element. */
export function renderPlot(container: Element, spec: PlotSpec): ReturnType<typeof Plot.plot> {
  const figure = Plot.plot(toPlotOptions(spec));
  container.replaceChildren(figure);
  return figure;
}
