/**
 * The plot spec of one DescentBowl panel: contour lines of the surface, the path clipped to the
 * frame, start, end and minimum. Pure: the build renders it with renderStaticSvg, the view with
 * renderPlot. On a quadratic bowl the contour lines are exact ellipses, a few numbers each; on
 * any other surface they are traced from the engine's loss grid.
 */
import { levelEllipses } from '../../src/engine/index';
import type { MarkSpec, PlotSpec, Point } from '../shared/plot-spec';
import type { BowlFigure, BowlPanel } from './figure';

const WIDTH = 420;
const MARGINS = { top: 20, right: 12, bottom: 32, left: 34 };

/** One panel; the height keeps one unit of x as long as one unit of y. */
export function panelSpec(figure: BowlFigure, panel: BowlPanel): PlotSpec {
  const { grid } = figure;
  const innerWidth = WIDTH - MARGINS.left - MARGINS.right;
  const innerHeight = Math.round((innerWidth * (grid.y[1] - grid.y[0])) / (grid.x[1] - grid.x[0]));
  const points = panel.run.points.map(([x, y]): Point => [x, y]);
  const [minimumX, minimumY] = figure.landscape.minima[0];
  return {
    width: WIDTH,
    height: innerHeight + MARGINS.top + MARGINS.bottom,
    margins: MARGINS,
    x: { domain: [grid.x[0], grid.x[1]], label: figure.axisNames[0], grid: false },
    y: { domain: [grid.y[0], grid.y[1]], label: figure.axisNames[1], grid: false },
    ariaLabel: `Path of gradient descent with learning rate ${panel.learningRate} over the contour lines`,
    marks: [
      contourMark(figure),
      { type: 'frame' },
      { type: 'line', points, color: 'accent', strokeWidth: 1.5, isClipped: true },
      { type: 'dots', points, color: 'accent', radius: 1.8, strokeWidth: 0, isClipped: true },
      { type: 'dots', points: [[minimumX, minimumY]], symbol: 'diamond', radius: 6, color: 'positive', isFilled: false },
      { type: 'dots', points: [points[0]], symbol: 'square', radius: 5, color: 'text', isFilled: false },
      { type: 'dots', points: [points[points.length - 1]], radius: 4.5, color: 'accent2', hasOutline: true, isClipped: true },
    ],
  };
}

/**
 * The contour lines: on a quadratic bowl the engine's exact ellipses, leaving out a level whose
 * ellipse holds all four corners of the drawn region (it holds the whole region, so no line of
 * it shows); on any other surface traced from the engine's loss grid.
 */
function contourMark(figure: BowlFigure): MarkSpec {
  const { grid, landscape } = figure;
  const style = { color: 'muted', opacity: 0.45 } as const;
  if (!landscape.hessian || !landscape.curvatures || !landscape.principalAxes) {
    const values = Array.from(grid.values);
    return { type: 'contour', grid: { width: grid.width, height: grid.height, x: [grid.x[0], grid.x[1]], y: [grid.y[0], grid.y[1]], values }, thresholds: figure.thresholds, ...style };
  }
  const corners = grid.x.flatMap((x) => grid.y.map((y) => landscape.loss([x, y])));
  const { center, axis, radii } = levelEllipses(landscape, figure.thresholds.filter((level) => corners.some((loss) => loss > level)));
  // SVG turns by degrees: the axis's direction, for drawing only.
  const angle = (Math.atan2(axis[1], axis[0]) * 180) / Math.PI;
  return { type: 'ellipses', center, angle, radii, ...style };
}
