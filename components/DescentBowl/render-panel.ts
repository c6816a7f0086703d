/**
 * Build time (Node): one DescentBowl panel (or any Plot options, for LearningRateSweep) as
 * SVG markup, drawn by Plot with linkedom's document, so the figure reaches the page before
 * (and without) JavaScript.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { BowlFigure, BowlPanel } from './figure';
import { panelPlotOptions } from './plot-options';

/** The markup Plot draws for any options (an SVG, or a figure when the plot has a legend). */
export function renderPlotOptionsSvg(options: Plot.PlotOptions): string {
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  return Plot.plot({ ...options, document: document as unknown as Document }).outerHTML;
}

/** The SVG markup of one panel. */
export function renderPanelSvg(figure: BowlFigure, panel: BowlPanel): string {
  return renderPlotOptionsSvg(panelPlotOptions(figure, panel));
}
