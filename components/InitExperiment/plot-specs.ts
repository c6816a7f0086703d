/**
 * InitExperiment's two plots: the decision boundary over the circles (the network's output
 * over a grid, in translucent bands each side of 0.5, and the 0.5 line), and the cost curves
 * (the run in progress, and the finished runs the reader overlays). Pure: the build renders
 * them with renderStaticSvg, the view with renderPlot.
 */
import type { Dataset } from '../../src/engine/index';
import { boundaryGrid, pointsOfClass } from '../shared/classifier-plot';
import type { MarkSpec, PlotSpec, Point, Series } from '../shared/plot-spec';
import { BOUNDARY } from './job-spec';

/** Output levels the bands start at, each side: p ≥ 0.5, 0.75, 0.95 and 1 − p likewise. */
const BAND_LEVELS = [0.5, 0.75, 0.95];
/** Just above 0.5: the side an output of exactly 0.5 does not belong to starts here. */
const ABOVE_HALF = 0.5 + 1e-12;

/** Whether an output of exactly 0.5 is class 1 ('atLeast', seeded mode) or class 0 ('above', the classic exercise). */
export type TieRule = 'atLeast' | 'above';

/**
 * The circles, with the network's output under them when there is one. Class 1 (inner circle)
 * is a blue disc, class 0 (outer) an orange square; training points are filled, test points hollow.
 */
export function boundarySpec(data: { readonly train: Dataset; readonly test: Dataset }, values: readonly number[] | null, rule: TieRule): PlotSpec {
  const marks: MarkSpec[] = [{ type: 'frame' }];
  if (values !== null && values.every(Number.isFinite)) {
    const grid = boundaryGrid(values, BOUNDARY);
    const below = { ...grid, values: values.map((p) => 1 - p) };
    // A zero start outputs exactly 0.5 everywhere: the whole plane is then the class the rule gives 0.5.
    const [, ...upper] = BAND_LEVELS;
    const positive = [rule === 'atLeast' ? 0.5 : ABOVE_HALF, ...upper];
    const negative = [rule === 'atLeast' ? ABOVE_HALF : 0.5, ...upper];
    // The grid's cells reach half a cell past the frame, where a contour closes its rings: clipped
    // to the frame, a region that touches the edge has no line drawn along it.
    marks.push(
      { type: 'contour', grid, thresholds: positive, isFilled: true, color: 'positive', opacity: 0.16, isClipped: true },
      { type: 'contour', grid: below, thresholds: negative, isFilled: true, color: 'negative', opacity: 0.16, isClipped: true },
      { type: 'contour', grid, thresholds: [0.5], color: 'text', strokeWidth: 1.5, isClipped: true },
    );
  }
  for (const [set, isFilled] of [[data.train, true], [data.test, false]] as const) {
    marks.push(
      { type: 'dots', points: pointsOfClass(set, 1), color: 'positive', radius: 3.2, isFilled, strokeWidth: 1.3 },
      { type: 'dots', points: pointsOfClass(set, 0), color: 'negative', symbol: 'square', radius: 3.2, isFilled, strokeWidth: 1.3 },
    );
  }
  const [xMin, xMax, yMin, yMax] = BOUNDARY.extent;
  return {
    width: 340,
    height: 340,
    margins: { top: 12, right: 12, bottom: 36, left: 40 },
    x: { label: 'x₁ →', domain: [xMin, xMax], ticks: 5, grid: false },
    y: { label: '↑ x₂', domain: [yMin, yMax], ticks: 5, grid: false },
    ariaLabel:
      values === null
        ? 'The circles before training: inner circle class 1 (discs), outer circle class 0 (squares); training points filled, test points hollow'
        : "The network's decision boundary over the circles: shaded blue where it says class 1, orange where it says class 0, the line at output 0.5",
    marks,
  };
}

/** Finite, positive costs only: the y axis is logarithmic. */
function shown(points: readonly Point[]): Point[] {
  return points.filter(([, cost]) => Number.isFinite(cost) && cost > 0);
}

/**
 * The cost against the iteration, on a log scale (a large start costs over 1000, a good end
 * below 0.1): the run in progress in the accent colour, the overlaid runs in a colour each.
 */
export function costSpec(live: readonly Point[], overlays: readonly Series[], iterations: number): PlotSpec {
  const series = overlays.map((one) => ({ name: one.name, points: shown(one.points) }));
  const all = [...shown(live), ...series.flatMap((one) => one.points)];
  const costs = all.map(([, cost]) => cost);
  const low = costs.length === 0 ? 0.05 : Math.min(...costs);
  const high = costs.length === 0 ? 1 : Math.max(...costs);
  // At least a factor 4 tall, so a flat curve (zeros: ln 2 throughout) sits in the middle.
  const middle = Math.sqrt(low * high);
  const spread = Math.max(Math.sqrt(high / low) * 1.25, 2);
  const steps = Math.max(iterations, ...all.map(([step]) => step));
  const marks: MarkSpec[] = [{ type: 'frame' }];
  if (series.length > 0) marks.push({ type: 'series', series, strokeWidth: 1.5, isClipped: true });
  // Each line is named at its end ("#2"; the table says which run that is), so colour is not the only key.
  const ends = [...series.map((one) => ({ name: one.name.split(' ')[0], points: one.points })), { name: 'now', points: shown(live) }];
  for (const { name, points } of ends) {
    const last = points.at(-1);
    if (last !== undefined) marks.push({ type: 'text', at: last, text: name, anchor: 'end', dy: -9 });
  }
  if (live.length > 0) marks.push({ type: 'line', points: shown(live), color: 'accent', strokeWidth: 2.5, isClipped: true });
  return {
    width: 420,
    height: 300,
    margins: { top: 16, right: 16, bottom: 36, left: 52 },
    x: { label: 'iteration', domain: [0, steps], ticks: 4, grid: false },
    y: { type: 'log', domain: [middle / spread, middle * spread], label: 'cost (log scale)', ticks: logTicks(middle / spread, middle * spread) },
    ...(series.length > 0 ? { color: { scheme: 'tableau10', domain: series.map((one) => one.name) } } : {}),
    ariaLabel: 'Cost during training, on a log scale',
    marks,
  };
}

/** At most this many ticks: a chart 220 px tall at 375 px has room for no more labels. */
const MOST_TICKS = 6;

/**
 * Round values for a log axis from `low` to `high`: 1, 2, 5 × 10^k, or also 1.5, 3 and 7 when
 * few of those fit, or only powers of ten (every other one, if need be) when too many do.
 */
export function logTicks(low: number, high: number): number[] {
  const within = (mantissas: readonly number[]) => {
    const ticks: number[] = [];
    for (let exponent = Math.floor(Math.log10(low)); exponent <= Math.ceil(Math.log10(high)); exponent++) {
      for (const mantissa of mantissas) {
        const tick = Number(`${mantissa}e${exponent}`);
        if (tick >= low && tick <= high) ticks.push(tick);
      }
    }
    return ticks;
  };
  const coarse = within([1, 2, 5]);
  if (coarse.length < 3) return within([1, 1.5, 2, 3, 5, 7]);
  if (coarse.length <= MOST_TICKS) return coarse;
  const tens = within([1]);
  return tens.length <= MOST_TICKS ? tens : tens.filter((_, i) => i % 2 === 0);
}
