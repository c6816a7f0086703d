/**
 * Build time (Node): renders a figure spec (plot-spec.ts) to an SVG string with Observable Plot
 * and linkedom's `document`, so figures reach the page as inline SVG with no JavaScript.
 * Used by Figure.astro and by each widget's static shell:
 *
 *   <div class="nn-plot" set:html={renderStaticSvg(spec)} />
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { toPlotOptions, type PlotSpec } from './plot-spec';

/** The SVG markup Plot draws for `spec`. */
export function renderStaticSvg(spec: PlotSpec): string {
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  const figure = Plot.plot({ ...toPlotOptions(spec), document: document as unknown as Document });
  return figure.outerHTML;
}
