/**
 * Everything DescentCurve shows, computed from its settings: the walk (by the engine), its
 * regime, the two plot specs and the sentences. Pure, so the build renders the same figure
 * the browser does, and Vitest checks it without a browser.
 */
import {
  REGIME_SENTENCES,
  classifyDescent,
  descend,
  hills,
  parabola,
  sampleCurve,
  type DescentRun,
  type Landscape,
  type RegimeReport,
} from '../../src/engine/index';
import type { MarkSpec, PlotSpec, Point } from '../shared/plot-spec';
import { counted, formatSignificant } from '../shared/format';
import type { DescentCurveSettings } from './schema';

export interface CurveFigure {
  readonly landscape: Landscape;
  readonly run: DescentRun;
  readonly report: RegimeReport;
  readonly curveSpec: PlotSpec;
  readonly lossSpec: PlotSpec;
  /** The regime line shown above the plots, e.g. "converges: the walk settles …". */
  readonly verdict: string;
  /** The text alternative: what the figure shows, with the numbers. */
  readonly summary: string;
}

/** The landscape a state names. */
export function landscapeOf(state: DescentCurveSettings): Landscape {
  return state.curve === 'hills' ? hills() : parabola(state.curvature);
}

/** Builds the whole figure for one state. */
export function buildCurveFigure(state: DescentCurveSettings): CurveFigure {
  const landscape = landscapeOf(state);
  const run = descend(landscape, { start: [state.start], learningRate: state.learningRate, steps: state.steps });
  const report = classifyDescent(landscape, run, state.learningRate);
  const verdict = run.divergence ? run.divergence.message : verdictOf(report, state.start);
  return {
    landscape,
    run,
    report,
    curveSpec: curveSpec(landscape, run),
    lossSpec: lossSpec(run),
    verdict,
    summary: describeWalk(state, landscape, run, report),
  };
}

/**
 * The regime line. A bounce names the two points it swings between: on a parabola at ηλ = 2
 * (factor −1) every step sends θ to −θ, so the walk alternates between the start and its
 * mirror for ever; on the hills the engine found the walk back where it was two steps before.
 */
export function verdictOf(report: RegimeReport, start: number): string {
  if (report.regime !== 'bounces') return REGIME_SENTENCES[report.regime];
  if (report.cycle !== undefined) {
    const [low, high] = report.cycle.map(([theta]) => theta).sort((a, b) => a - b).map(formatSignificant);
    return `does not settle: it bounces between θ = ${low} and θ = ${high}, each step landing within a thousandth of a swing of where it was two steps before`;
  }
  return `bounces between ±${formatSignificant(Math.abs(start))} for ever: the factor 1 − ηλ is exactly −1, so each step lands as far from the bottom as the last, on the other side, neither converging nor diverging`;
}

/** How a walk on a curve without one curvature is read from its steps: the rule of readTrajectory, in words. */
export const TRAJECTORY_RULE =
  'This curve has no single curvature, so the verdict is read from the steps. A walk that reverses direction less often than every other step ' +
  'converges when it ends within a quarter of its start\'s distance from the nearest valley bottom, and otherwise crawls. One that reverses at least every other step ' +
  'settles (oscillates) when every swing in the second half of the walk is shorter than the one before, ' +
  'bounces when its last point is within a thousandth of its last swing of the point two steps earlier, ' +
  'diverges when every swing in the second half is longer than the one before, and otherwise does not settle.';

/** The verdict split at its first colon, so the regime word can be set in bold: ["converges", ": the walk …"]. */
export function splitVerdict(verdict: string): [string, string] {
  const colon = verdict.indexOf(':');
  return colon < 0 ? [verdict, ''] : [verdict.slice(0, colon), verdict.slice(colon)];
}

/** The line under the plots: "after 20 steps: θ = 0.3647, loss = 0.06651". */
export function readoutText(run: DescentRun): string {
  const end = run.points.length - 1;
  return `after ${counted(end, 'step')}: θ = ${formatSignificant(run.points[end][0])}, loss = ${formatSignificant(run.losses[end])}`;
}

/** How far the curve plot may widen to follow a walk, as a multiple of the curve's own range. */
const MAX_WIDENING = 2.5;

/** The θ range drawn: the curve's range, widened to hold the walk, up to MAX_WIDENING times. */
export function plotRange(landscape: Landscape, run: DescentRun): [number, number] {
  const [low, high] = landscape.domain[0];
  const centre = (low + high) / 2;
  const limit = ((high - low) / 2) * MAX_WIDENING;
  const thetas = run.points.map(([theta]) => theta).filter((theta) => Math.abs(theta - centre) <= limit);
  return [Math.min(low, ...thetas), Math.max(high, ...thetas)];
}

/** Keeps step labels at least `gap` apart along θ so numbers never print on top of each other (the plot keeps 1/12 of its range: 16 px, a two-digit label and a space, at 320 px). */
export function pickLabelledSteps(thetas: readonly number[], gap: number): number[] {
  const kept: number[] = [];
  thetas.forEach((theta, step) => {
    if (kept.every((other) => Math.abs(thetas[other] - theta) >= gap)) kept.push(step);
  });
  return kept;
}

function curveSpec(landscape: Landscape, run: DescentRun): PlotSpec {
  const range = plotRange(landscape, run);
  const samples = sampleCurve(landscape, range, 241);
  const curve: Point[] = samples.theta.map((theta, i) => [theta, samples.loss[i]]);
  const onChart = run.points
    .map(([theta], step) => ({ step, point: [theta, run.losses[step]] as Point }))
    .filter(({ point }) => point[0] >= range[0] && point[0] <= range[1] && Number.isFinite(point[1]));
  const topLoss = Math.max(...samples.loss);
  const labelled = new Set(pickLabelledSteps(onChart.map(({ point }) => point[0]), (range[1] - range[0]) / 12));
  const lowest = landscape.minima[0];
  const marks: MarkSpec[] = [
    { type: 'line', points: curve, color: 'muted', strokeWidth: 2 },
    { type: 'line', points: onChart.map(({ point }) => point), color: 'accent', strokeWidth: 1.25, opacity: 0.6 },
    { type: 'dots', points: [[lowest[0], landscape.loss(lowest)]], symbol: 'diamond', color: 'positive', isFilled: false, radius: 6 },
    { type: 'dots', points: onChart.map(({ point }) => point), color: 'accent', radius: 3.5 },
    ...onChart
      .filter(({ step }) => labelled.has(step))
      .map(({ step, point }): MarkSpec => ({ type: 'text', at: point, text: String(step), dy: -11 })),
  ];
  const offChart = run.points.findIndex(([theta]) => theta < range[0] || theta > range[1]);
  if (offChart > 0) {
    const edge: Point = [run.points[offChart][0] < range[0] ? range[0] : range[1], topLoss];
    const anchor = edge[0] === range[0] ? 'start' : 'end';
    marks.push({ type: 'text', at: edge, text: `step ${offChart} and on: off the chart`, anchor, dy: 4, color: 'warn' });
  }
  return {
    width: 360,
    height: 290,
    x: { label: 'θ', domain: range },
    // Headroom above the highest point, so the step label over it stays below the axis title.
    y: { label: 'loss L(θ)', domain: [Math.min(0, ...samples.loss), topLoss * CURVE_HEADROOM] },
    marks,
    ariaLabel: `The loss curve ${landscape.formula} with the numbered steps of the walk`,
  };
}

/** The curve plot's loss axis reaches this multiple of the highest loss drawn. */
export const CURVE_HEADROOM = 1.2;

/** Superscript digits, for axis labels such as "loss (× 10⁷)". */
function superscript(exponent: number): string {
  return String(exponent).replace(/[-0-9]/g, (c) => '⁻⁰¹²³⁴⁵⁶⁷⁸⁹'['-0123456789'.indexOf(c)]);
}

/**
 * The power of ten the loss axis is counted in: 0 while its ticks fit the margin as written
 * ("8,000"), else the top's order of magnitude, so a diverged walk's 2.26 × 10⁷ reads "2" on an
 * axis labelled "loss (× 10⁷)" instead of a clipped "20,000,000".
 */
export function lossAxisExponent(top: number): number {
  return Number.isFinite(top) && top >= 1e4 ? Math.floor(Math.log10(top)) : 0;
}

function lossSpec(run: DescentRun): PlotSpec {
  const finite = run.losses.filter(Number.isFinite);
  const top = Math.max(...finite) * 1.05 || 1;
  const exponent = lossAxisExponent(top);
  const unit = 10 ** exponent;
  const points: Point[] = run.losses.map((loss, step) => [step, loss / unit]);
  const lastStep = Math.max(1, run.losses.length - 1);
  return {
    width: 280,
    height: 290,
    // A short walk gets a tick per step ("step 1.5" is not a step); asked as a count, Plot writes them as whole numbers.
    x: { label: 'step', domain: [0, lastStep], ...(lastStep <= 8 ? { ticks: lastStep } : {}) },
    y: { label: exponent === 0 ? 'loss' : `loss (× 10${superscript(exponent)})`, domain: [0, top / unit] },
    marks: [
      { type: 'line', points, color: 'accent' },
      { type: 'dots', points, color: 'accent', radius: 2.5 },
    ],
    ariaLabel: 'The loss after each step',
  };
}

function describeWalk(state: DescentCurveSettings, landscape: Landscape, run: DescentRun, report: RegimeReport): string {
  const taken = run.points.length - 1;
  const [end] = run.points[taken];
  const opening =
    `The walk starts at θ = ${formatSignificant(state.start)} (loss ${formatSignificant(run.losses[0])}) on ` +
    `${landscape.formula} and steps with learning rate ${formatSignificant(state.learningRate)}.`;
  if (run.divergence) {
    return `${opening} The run stopped: ${run.divergence.message} (the loss had grown to ${formatSignificant(run.losses[taken])}).`;
  }
  const ending = `After ${counted(taken, 'step')} θ = ${formatSignificant(end)} and the loss is ${formatSignificant(run.losses[taken])}.`;
  const axis = report.axes?.[0];
  const why = axis
    ? ` Here ηλ = ${formatSignificant(axis.rateTimesCurvature)}, so each step multiplies θ by 1 − ηλ = ${formatSignificant(1 - axis.rateTimesCurvature)}.`
    : landscape.minima.length > 1
      ? ` ${whereItEnds(landscape, end)} ${TRAJECTORY_RULE}`
      : '';
  return `${opening} It ${verdictOf(report, state.start)}. ${ending}${why}`;
}

function whereItEnds(landscape: Landscape, end: number): string {
  const [lowest] = landscape.minima[0];
  const nearest = landscape.minima.reduce((best, m) => (Math.abs(m[0] - end) < Math.abs(best[0] - end) ? m : best))[0];
  const lowestText = `the lowest point of this curve is near θ = ${formatSignificant(lowest)}`;
  if (Math.abs(nearest - end) > 0.05) return `It is not resting in any valley; ${lowestText}.`;
  if (nearest === lowest) return `It rests in the lowest valley, near θ = ${formatSignificant(lowest)}.`;
  return `It rests in a local valley near θ = ${formatSignificant(nearest)}; ${lowestText}.`;
}
