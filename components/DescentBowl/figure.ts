/**
 * Everything DescentBowl shows, computed from its settings: one walk per learning rate (by
 * the engine), each with its regime, the loss grid for the contour lines, and the sentences.
 * Pure, so the build and the browser draw the same figure and Vitest can check it.
 */
import {
  classifyDescent,
  classifyQuadratic,
  conditionNumber,
  descend,
  diagonalScales,
  firstStepWithin,
  rescaledSurface,
  rosenbrock,
  turnedBowl,
  stabilityLimit,
  sampleSurface,
  type AxisRange,
  type DescentRun,
  type Landscape,
  type LossGrid,
  type Regime,
  type RegimeReport,
} from '../../src/engine/index';
import { counted, formatSignificant } from '../shared/format';
import type { BowlSettings, SurfaceName } from './schema';

/** A path has arrived once its loss is at most this (the loss is the same in any coordinates). */
export const ARRIVAL_LOSS = 0.001;

export interface BowlPanel {
  readonly learningRate: number;
  readonly run: DescentRun;
  readonly report: RegimeReport;
  /** A few words above the panel: the regime, or where the path diverged. */
  readonly verdict: string;
  /** What this path does, in a sentence with its numbers. */
  readonly sentence: string;
  /** Under the verdict: what the path does across and along the valley, and when it arrived. */
  readonly detail: string;
  /** The first step with loss at most ARRIVAL_LOSS, or null. */
  readonly arrival: number | null;
}

export interface BowlFigure {
  /** The surface as drawn: the bowl in rescaled coordinates when the remedy is "normalise". */
  readonly landscape: Landscape;
  /** The surface the steps see (its curvatures decide the regimes), when it is a quadratic. */
  readonly seen: Landscape;
  /** The names of the drawn axes: x and y, or x̃ and ỹ in normalised coordinates. */
  readonly axisNames: readonly [string, string];
  /** The start as drawn. */
  readonly start: readonly number[];
  readonly grid: LossGrid;
  /** The loss levels the contour lines are drawn at. */
  readonly thresholds: readonly number[];
  readonly panels: readonly BowlPanel[];
  readonly summary: string;
}

/** The landscape a surface names; the bowl turned by `angle` degrees. */
export function landscapeOf(surface: SurfaceName, angle = 0): Landscape {
  return surface === 'rosenbrock' ? rosenbrock() : turnedBowl({ angle });
}

/** How the walk is set up for a remedy: where it runs, from where, with which step factors, and what its steps see. */
interface Setup {
  readonly drawn: Landscape;
  readonly seen: Landscape;
  readonly start: readonly number[];
  readonly stepScales?: readonly number[];
  readonly opening: string;
}

function setUp(settings: BowlSettings): Setup {
  const landscape = landscapeOf(settings.surface, settings.angle);
  const from = `(${settings.start.map(formatSignificant).join(', ')})`;
  if (settings.surface === 'rosenbrock' || settings.remedy === 'none') {
    return { drawn: landscape, seen: landscape, start: settings.start, opening: `Contour lines of ${landscape.formula}, lowest at (${landscape.minima[0].map(formatSignificant).join(', ')}). Each path starts at ${from}` };
  }
  const scales = diagonalScales(landscape);
  const seen = rescaledSurface(landscape, scales);
  if (settings.remedy === 'normalise') {
    const start = settings.start.map((value, axis) => value / scales[axis]);
    return {
      drawn: seen,
      seen,
      start,
      opening:
        `Drawn in normalised coordinates x̃ = x/${formatSignificant(scales[0])}, ỹ = y/${formatSignificant(scales[1])}, each of curvature 1: ` +
        `contour lines of ${seen.formula}, lowest at (0, 0). Each path starts at (x, y) = ${from}, drawn at (x̃, ỹ) = (${start.map(formatSignificant).join(', ')})`,
    };
  }
  const stepScales = scales.map((s) => s * s);
  return {
    drawn: landscape,
    seen,
    start: settings.start,
    stepScales,
    opening:
      `Contour lines of ${landscape.formula}, lowest at (0, 0). Each coordinate steps with its own rate, η divided by its curvature: ` +
      `η·${formatSignificant(stepScales[0])} along x and η·${formatSignificant(stepScales[1])} along y. Each path starts at ${from}`,
  };
}

/** The steps' view of a quadratic: its curvatures, condition number and largest stable rate 2(1 + μ)/λmax. */
function curvatureSentence(seen: Landscape, momentum: number): string {
  const curvatures = seen.curvatures;
  if (!curvatures) return '';
  const largest = Math.max(...curvatures);
  return (
    ` The steps see curvatures ${curvatures.map(formatSignificant).join(' and ')}: condition number ${formatSignificant(conditionNumber(seen))}, ` +
    `stable for η below ${formatSignificant(stabilityLimit(largest, momentum))}.`
  );
}

/** Degrees from the x̃ (or x) axis to a direction, in (−90, 90]. */
function directionAngle([x, y]: readonly number[]): number {
  let degrees = (Math.atan2(y, x) * 180) / Math.PI;
  if (degrees > 90) degrees -= 180;
  if (degrees <= -90) degrees += 180;
  return Math.round(degrees);
}

const MOVES: Readonly<Record<Regime, string>> = {
  converges: 'settles',
  crawls: 'crawls',
  oscillates: 'zig-zags',
  bounces: 'bounces for ever',
  diverges: 'blows up',
};

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
  const setup = setUp(settings);
  const landscape = setup.drawn;
  const [xRange, yRange] = drawnRegion(landscape, setup.start);
  const isSquare = landscape.domain[0][1] === landscape.domain[1][1];
  const grid = sampleSurface(landscape, isSquare ? 50 : 60, isSquare ? 50 : 42, xRange, yRange);
  const panels = settings.learningRates.map((learningRate) => buildPanel(setup, settings, learningRate));
  const opening =
    `${setup.opening} and takes up to ${counted(settings.steps, 'step')}` +
    (settings.momentum > 0 ? ` with momentum ${formatSignificant(settings.momentum)}.` : ' of plain gradient descent.') +
    (settings.surface === 'bowl' && (settings.angle !== 0 || settings.remedy !== 'none') ? curvatureSentence(setup.seen, settings.momentum) : '') +
    bowlOnlySentence(settings);
  return {
    landscape,
    seen: setup.seen,
    axisNames: settings.surface === 'bowl' && settings.remedy === 'normalise' ? ['x̃', 'ỹ'] : ['x', 'y'],
    start: setup.start,
    grid,
    thresholds: contourLevels(settings.surface),
    panels,
    summary: [opening, ...panels.map((panel) => panel.sentence)].join(' '),
  };
}

/**
 * On Rosenbrock the angle and the remedy (which turn and rescale the quadratic bowl) do nothing,
 * and their controls are disabled: a link that sets them is told so.
 */
export function bowlOnlySentence(settings: BowlSettings): string {
  if (settings.surface !== 'rosenbrock') return '';
  const ignored = [
    ...(settings.angle !== 0 ? [`the angle ${formatSignificant(settings.angle)}°`] : []),
    ...(settings.remedy !== 'none' ? [`the remedy "${settings.remedy}"`] : []),
  ];
  if (ignored.length === 0) return '';
  return ` ${ignored.join(' and ')} ${ignored.length === 1 ? 'applies' : 'apply'} to the quadratic bowl only, so ${ignored.length === 1 ? 'it is' : 'they are'} ignored on Rosenbrock's valley.`.replace(/^ t/, ' T');
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
  return `${counted(last, 'step')}, loss ${formatSignificant(panel.run.losses[last])}`;
}

const AXIS_NAMES = ['x', 'y'];

/** "loss below 0.001 in 26 steps", or "loss still above 0.001 after 50 steps". */
function arrivalPhrase(arrival: number | null, steps: number): string {
  const tolerance = formatSignificant(ARRIVAL_LOSS);
  if (arrival === null) return `loss still above ${tolerance} after ${counted(steps, 'step')}`;
  return `loss below ${tolerance} in ${arrival} step${arrival === 1 ? '' : 's'}`;
}

/**
 * What the path does in each principal direction of a quadratic, read off its curvature:
 * "zig-zags across the valley (floor at 30°), settles along it", or one word for a round bowl.
 */
function directionPhrase(settings: BowlSettings, seen: Landscape, learningRate: number): string {
  const curvatures = seen.curvatures;
  if (!curvatures) return '';
  const [along, across] = curvatures.map((c) => MOVES[classifyQuadratic(c, learningRate, settings.momentum, settings.steps).regime]);
  if (conditionNumber(seen) < 1 + 1e-9) return `${along} in every direction (a round bowl)`;
  const axis = seen.principalAxes?.[0] ?? [1, 0];
  const degrees = directionAngle(axis);
  const floor = settings.remedy === 'per-parameter' || degrees === 0 ? '' : ` (floor at ${formatSignificant(degrees)}°)`;
  if (along === across) return `${along} both across and along the valley${floor}`;
  return `${across} across the valley${floor}, ${along} along it`;
}

function buildPanel(setup: Setup, settings: BowlSettings, learningRate: number): BowlPanel {
  const landscape = setup.drawn;
  const run = descend(landscape, {
    start: setup.start,
    learningRate,
    momentum: settings.momentum,
    steps: settings.steps,
    stepScales: setup.stepScales,
  });
  const report = classifyDescent(setup.seen, run, learningRate, settings.momentum);
  const arrival = firstStepWithin(run, ARRIVAL_LOSS);
  const moves = settings.surface === 'bowl' ? directionPhrase(settings, setup.seen, learningRate) : '';
  const rate = `With η = ${formatSignificant(learningRate)}`;
  if (run.divergence) {
    const verdict = `diverged at step ${run.divergence.step}`;
    const detail = moves;
    return { learningRate, run, report, verdict, detail, arrival, sentence: `${rate} the path ${run.divergence.message}.` };
  }
  const last = run.points.length - 1;
  const detail = moves === '' ? '' : `${moves}; ${arrivalPhrase(arrival, last)}`;
  const end = run.points[last].map(formatSignificant).join(', ');
  const isPlainBowl = settings.surface === 'rosenbrock' || (settings.angle === 0 && settings.remedy === 'none');
  const perAxis = !report.axes
    ? ''
    : isPlainBowl
      ? ` (${report.axes.map((axis, i) => `along ${AXIS_NAMES[i]} it ${axis.regime}, factor ${formatSignificant(axis.contraction)} per step`).join('; ')})`
      : ` (${report.axes.map((axis, i) => `${i === 0 ? 'along' : 'across'} the valley it ${axis.regime}, factor ${formatSignificant(axis.contraction)} per step`).join('; ')})`;
  const arrived = arrival === null || settings.surface !== 'bowl' ? '' : `; its loss first falls below ${formatSignificant(ARRIVAL_LOSS)} at step ${arrival}`;
  return {
    learningRate,
    run,
    report,
    verdict: report.regime,
    detail,
    arrival,
    sentence: `${rate} the path ${report.regime}${perAxis} and ends at (${end}) with loss ${formatSignificant(run.losses[last])}${arrived}.`,
  };
}
