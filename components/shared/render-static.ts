/**
 * Build time (Node): renders a figure spec (plot-spec.ts), or Plot options for figures the
 * spec cannot express (contours, log axes), to an SVG string with Observable Plot and
 * linkedom's `document`, so figures reach the page as inline SVG with no JavaScript.
 * Used by Figure.astro and by each widget's static shell:
 *
 *   <div class="nn-plot" set:html={renderStaticSvg(spec)} />
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { toPlotOptions, type PlotSpec } from './plot-spec';

/** The markup Plot draws for any options (an SVG, or a figure when the plot has a legend). */
export function renderStaticOptionsSvg(options: Plot.PlotOptions): string {
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  return Plot.plot({ ...options, document: document as unknown as Document }).outerHTML;
}

/** The SVG markup Plot draws for `spec`. */
export function renderStaticSvg(spec: PlotSpec): string {
  return renderStaticOptionsSvg(toPlotOptions(spec));
}
