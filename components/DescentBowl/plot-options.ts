/**
 * Observable Plot options for one DescentBowl panel: contour lines of the surface (from the
 * engine's loss grid), the path clipped to the frame, start, end and minimum. Built here rather
 * than as a shared plot spec because specs have no contour mark. Pure apart from Plot itself:
 * render-panel.ts draws it at build time with linkedom, the view with the page's document.
 */
import * as Plot from '@observablehq/plot';
import { colorOf } from '../shared/plot-spec';
import type { BowlFigure, BowlPanel } from './figure';

/** Intrinsic widths by number of panels, so text keeps about the same size once scaled to fit. */
const WIDTHS = [420, 420, 300, 220];
const MARGIN = { top: 20, right: 12, bottom: 32, left: 34 };

/** The Plot options of one panel; the height keeps one unit of x as long as one unit of y. */
export function panelPlotOptions(figure: BowlFigure, panel: BowlPanel): Plot.PlotOptions {
  const { grid } = figure;
  const width = WIDTHS[figure.panels.length] ?? 220;
  const innerWidth = width - MARGIN.left - MARGIN.right;
  const innerHeight = Math.round((innerWidth * (grid.y[1] - grid.y[0])) / (grid.x[1] - grid.x[0]));
  const points = panel.run.points.map(([x, y]) => [x, y] as [number, number]);
  const end = points[points.length - 1];
  const minimum = figure.landscape.minima[0];
  return {
    width,
    height: innerHeight + MARGIN.top + MARGIN.bottom,
    marginTop: MARGIN.top,
    marginRight: MARGIN.right,
    marginBottom: MARGIN.bottom,
    marginLeft: MARGIN.left,
    x: { domain: [...grid.x], label: 'x', nice: false },
    y: { domain: [...grid.y], label: 'y', nice: false },
    style: { fontSize: '11px', overflow: 'visible' },
    ariaLabel: `Path of gradient descent with learning rate ${panel.learningRate} over the contour lines`,
    marks: [
      Plot.contour(figure.grid.values, {
        width: grid.width,
        height: grid.height,
        x1: grid.x[0],
        x2: grid.x[1],
        y1: grid.y[0],
        y2: grid.y[1],
        thresholds: [...figure.thresholds],
        fill: 'none',
        stroke: colorOf('muted'),
        strokeOpacity: 0.45,
      }),
      Plot.frame({ stroke: colorOf('grid') }),
      Plot.line(points, { x: '0', y: '1', stroke: colorOf('accent'), strokeWidth: 1.5, clip: true }),
      Plot.dot(points, { x: '0', y: '1', r: 1.8, fill: colorOf('accent'), clip: true }),
      Plot.dot([minimum], { x: '0', y: '1', r: 6, symbol: 'diamond', stroke: colorOf('positive'), strokeWidth: 1.75 }),
      Plot.dot([panel.run.points[0]], { x: '0', y: '1', r: 5, symbol: 'square', stroke: colorOf('text'), strokeWidth: 1.75 }),
      Plot.dot([end], {
        x: '0',
        y: '1',
        r: 4.5,
        symbol: 'circle',
        fill: colorOf('accent2'),
        stroke: 'var(--plot-background)',
        clip: true,
      }),
    ],
  };
}
