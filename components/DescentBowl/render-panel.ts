/**
 * Build time (Node): one DescentBowl panel as SVG markup, so the figure reaches the page
 * before (and without) JavaScript.
 */
import { renderStaticOptionsSvg } from '../shared/render-static';
import type { BowlFigure, BowlPanel } from './figure';
import { panelPlotOptions } from './plot-options';

/** The SVG markup of one panel. */
export function renderPanelSvg(figure: BowlFigure, panel: BowlPanel): string {
  return renderStaticOptionsSvg(panelPlotOptions(figure, panel));
}
