/**
 * Everything DescentBowl shows, computed from its settings: one walk per learning rate (by
 * the engine), each with its regime, the loss grid for the contour lines, and the sentences.
 * Pure, so the build and the browser draw the same figure and Vitest can check it.
 */
import {
  classifyDescent,
  descend,
  elongatedBowl,
  rosenbrock,
  sampleSurface,
  type AxisRange,
  type DescentRun,
  type Landscape,
  type LossGrid,
  type RegimeReport,
} from '../../src/engine/index';
import { formatSignificant } from '../shared/format';
import type { BowlSettings, SurfaceName } from './schema';

export interface BowlPanel {
  readonly learningRate: number;
  readonly run: DescentRun;
  readonly report: RegimeReport;
  /** A few words above the panel: the regime, or where the path diverged. */
  readonly verdict: string;
  /** What this path does, in a sentence with its numbers. */
  readonly sentence: string;
}

export interface BowlFigure {
  readonly landscape: Landscape;
  readonly grid: LossGrid;
  /** The loss levels the contour lines are drawn at. */
  readonly thresholds: readonly number[];
  readonly panels: readonly BowlPanel[];
  readonly summary: string;
}

/** The landscape a surface names. */
export function landscapeOf(surface: SurfaceName): Landscape {
  return surface === 'rosenbrock' ? rosenbrock() : elongatedBowl();
}

/**
 * Contour levels: evenly spaced ellipses on the bowl (loss grows with the square of the
 * distance, so levels k²/2), powers of 4 on Rosenbrock, whose loss spans five orders of magnitude.
 */
export function contourLevels(surface: SurfaceName): number[] {
  if (surface === 'rosenbrock') return Array.from({ length: 8 }, (_, k) => 4 ** (k - 2));
  return Array.from({ length: 12 }, (_, k) => (k + 1) ** 2 / 2);
}

/** The drawn region: the surface's own, widened to hold the start. */
export function drawnRegion(landscape: Landscape, start: readonly number[]): AxisRange[] {
  return landscape.domain.map(([low, high], axis): AxisRange => [Math.min(low, start[axis]), Math.max(high, start[axis])]);
}

/** Builds the whole figure for one set of settings. */
export function buildBowlFigure(settings: BowlSettings): BowlFigure {
  const landscape = landscapeOf(settings.surface);
  const [xRange, yRange] = drawnRegion(landscape, settings.start);
  const grid = sampleSurface(landscape, 60, 42, xRange, yRange);
  const panels = settings.learningRates.map((learningRate) => buildPanel(landscape, settings, learningRate));
  const opening =
    `Contour lines of ${landscape.formula}, lowest at (${landscape.minima[0].map(formatSignificant).join(', ')}). ` +
    `Each path starts at (${settings.start.map(formatSignificant).join(', ')}) and takes up to ${settings.steps} steps` +
    (settings.momentum > 0 ? ` with momentum ${formatSignificant(settings.momentum)}.` : ' of plain gradient descent.');
  return {
    landscape,
    grid,
    thresholds: contourLevels(settings.surface),
    panels,
    summary: [opening, ...panels.map((panel) => panel.sentence)].join(' '),
  };
}

/** About how many pixels across a panel shows the domain, by number of panels (side by side, more panels are narrower). */
const PIXELS_ACROSS = [374, 374, 254, 174];

/**
 * The panel as panel-spec.ts draws it: its path thinned to about one point per pixel. A
 * crawl of 5,000 steps would otherwise draw 5,000 overlapping dots, and the browser would
 * spend a tenth of a second on each redraw. The readout and the sentences keep every step.
 */
export function drawnPanel(figure: BowlFigure, panel: BowlPanel): BowlPanel {
  const pixel = (figure.grid.x[1] - figure.grid.x[0]) / (PIXELS_ACROSS[figure.panels.length] ?? 174);
  return { ...panel, run: { ...panel.run, points: thinPath(panel.run.points, pixel) } };
}

/** The first and last points, and between them each point at least `pixel` (in x or y) from the last one kept. */
export function thinPath(points: readonly (readonly number[])[], pixel: number): (readonly number[])[] {
  if (points.length <= 2) return [...points];
  const kept = [points[0]];
  for (let i = 1; i < points.length - 1; i++) {
    const [x, y] = points[i];
    const [keptX, keptY] = kept[kept.length - 1];
    if (Math.abs(x - keptX) >= pixel || Math.abs(y - keptY) >= pixel) kept.push(points[i]);
  }
  kept.push(points[points.length - 1]);
  return kept;
}

/** The line under a panel: "50 steps, loss 0.1234". */
export function panelReadout(panel: BowlPanel): string {
  const last = panel.run.points.length - 1;
  return `${last} steps, loss ${formatSignificant(panel.run.losses[last])}`;
}

const AXIS_NAMES = ['x', 'y'];

function buildPanel(landscape: Landscape, settings: BowlSettings, learningRate: number): BowlPanel {
  const run = descend(landscape, {
    start: settings.start,
    learningRate,
    momentum: settings.momentum,
    steps: settings.steps,
  });
  const report = classifyDescent(landscape, run, learningRate, settings.momentum);
  const rate = `With η = ${formatSignificant(learningRate)}`;
  if (run.divergence) {
    const verdict = `diverged at step ${run.divergence.step}`;
    return { learningRate, run, report, verdict, sentence: `${rate} the path ${run.divergence.message}.` };
  }
  const last = run.points.length - 1;
  const end = run.points[last].map(formatSignificant).join(', ');
  const perAxis = report.axes
    ? ` (${report.axes.map((axis, i) => `along ${AXIS_NAMES[i]} it ${axis.regime}, factor ${formatSignificant(axis.contraction)} per step`).join('; ')})`
    : '';
  return {
    learningRate,
    run,
    report,
    verdict: report.regime,
    sentence: `${rate} the path ${report.regime}${perAxis} and ends at (${end}) with loss ${formatSignificant(run.losses[last])}.`,
  };
}
