/**
 * Build time (Node): one DescentBowl panel as SVG markup, drawn by Plot with linkedom's
 * document, so the figure reaches the page before (and without) JavaScript.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { BowlFigure, BowlPanel } from './figure';
import { panelPlotOptions } from './plot-options';

/** The SVG markup of one panel. */
export function renderPanelSvg(figure: BowlFigure, panel: BowlPanel): string {
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  return Plot.plot({ ...panelPlotOptions(figure, panel), document: document as unknown as Document }).outerHTML;
}
