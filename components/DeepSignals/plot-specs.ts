/**
 * The two plots of DeepSignals: per layer, how big the activations |a| and the gradients
 * |∂L/∂z| are, on a log axis so a factor per layer is a straight slope. For each look a line
 * through the medians, a dark band from the 25 % to the 75 % quantile and a light one from 5 %
 * to 95 % (the start: solid, circles; after the steps: dashed, squares, with its middle band).
 * Pure: the build renders them with renderStaticSvg, the view with renderPlot.
 */
import { SPREAD_LEVELS, type LayerSignals, type SignalsJobResult } from '../../src/engine/index';
import type { MarkSpec, PlotSpec, Point } from '../shared/plot-spec';

export type SignalKind = 'activations' | 'gradients';

/** The axis never goes beyond these: past 10¹² a number is a blow-up, and 10⁻⁵⁰ is zero for any purpose. */
const HIGHEST = 1e12;
const LOWEST = 1e-50;
const MEDIAN = SPREAD_LEVELS.indexOf(0.5);

const AXIS_LABELS: Readonly<Record<SignalKind, string>> = { activations: '|a|', gradients: '|∂L/∂z|' };
const TITLES: Readonly<Record<SignalKind, string>> = {
  activations: 'Size of the activations per layer',
  gradients: 'Size of the gradients per layer',
};

/** The log axis's range: whole powers of ten around every finite quantile, within [LOWEST, HIGHEST]. */
export function magnitudeDomain(looks: readonly (readonly LayerSignals[])[], kind: SignalKind): [number, number] {
  const values = looks.flatMap((look) => look.flatMap((layer) => layer[kind].spread)).filter((v) => v > 0 && Number.isFinite(v));
  if (values.length === 0) return [1e-3, 1];
  // Written as text, 1e-7 is exactly the double nearest 10⁻⁷ (10 ** -7 need not be).
  // A tenth of a decade of room, so a line at exactly 1 (tanh saturated) does not lie on the frame.
  const low = Number(`1e${Math.floor(Math.log10(Math.min(...values)) - 0.1)}`);
  let high = Number(`1e${Math.ceil(Math.log10(Math.max(...values)) + 0.1)}`);
  if (high === low) high = low * 10;
  return [Math.max(low, LOWEST), Math.min(high, HIGHEST)];
}

/** Quantile `level` of every layer, clamped into the axis (a blow-up sits at the top edge, not beyond). */
function quantileLine(look: readonly LayerSignals[], kind: SignalKind, level: number, domain: [number, number]): Point[] {
  return look
    .map((layer): Point => [layer.layer, layer[kind].spread[level]])
    .filter(([, v]) => v > 0)
    .map(([x, v]): Point => [x, Math.min(Math.max(v, domain[0]), domain[1])]);
}

/** A band between two quantiles, as one closed polygon. */
function band(look: readonly LayerSignals[], kind: SignalKind, low: number, high: number, domain: [number, number]): Point[] {
  return [...quantileLine(look, kind, low, domain), ...quantileLine(look, kind, high, domain).reverse()];
}

/** The marks of one look: bands, then the median line with its dots. */
function lookMarks(look: readonly LayerSignals[], kind: SignalKind, domain: [number, number], isStart: boolean): MarkSpec[] {
  const color = isStart ? 'accent' : 'accent2';
  const medians = quantileLine(look, kind, MEDIAN, domain);
  const bands: MarkSpec[] = isStart
    ? [
        { type: 'polygon', points: band(look, kind, 0, 4, domain), color, opacity: 0.12 },
        { type: 'polygon', points: band(look, kind, 1, 3, domain), color, opacity: 0.25 },
      ]
    : [{ type: 'polygon', points: band(look, kind, 1, 3, domain), color, opacity: 0.18 }];
  return [
    ...bands,
    { type: 'line', points: medians, color, isDashed: !isStart, strokeWidth: 2 },
    { type: 'dots', points: medians, color, symbol: isStart ? 'circle' : 'square', radius: 3.5, hasOutline: true },
  ];
}

/** Powers of ten across the log axis, a whole number of decades apart, at most six of them. */
export function decadeTicks(domain: readonly [number, number]): number[] {
  const first = Math.round(Math.log10(domain[0]));
  const last = Math.round(Math.log10(domain[1]));
  const every = Math.max(1, Math.ceil((last - first) / 5));
  const ticks: number[] = [];
  // Multiples of `every`, so the labels read 10⁰, 10⁻⁵, 10⁻¹⁰ rather than 10¹, 10⁻⁴, 10⁻⁹.
  for (let power = Math.floor(last / every) * every; power >= first; power -= every) ticks.push(Number(`1e${power}`));
  return ticks;
}

/** Tick values for the layer axis: every layer up to 10, every other one beyond. */
function layerTicks(depth: number): number[] {
  const every = depth <= 10 ? 1 : 2;
  return Array.from({ length: depth }, (_, i) => i + 1).filter((layer) => layer === 1 || layer % every === 0);
}

/**
 * Whether the plots show a second look: steps were taken, and they did not diverge (a network
 * that blew up holds numbers such as 10⁶⁵, which the table lists and no plot should draw).
 */
export function showsAfter(result: SignalsJobResult, steps: number): boolean {
  return steps > 0 && result.training.steps > 0 && result.training.divergence === undefined;
}

/** The plot of one kind: the start, and the look after the steps when showsAfter. */
export function signalsPlotSpec(result: SignalsJobResult, kind: SignalKind, steps: number): PlotSpec {
  const looks = showsAfter(result, steps) ? [result.atStart, result.after] : [result.atStart];
  const domain = magnitudeDomain(looks, kind);
  const depth = result.atStart.length;
  return {
    width: 360,
    height: 280,
    x: { label: 'layer', domain: [0.6, depth + 0.4], ticks: layerTicks(depth), grid: false },
    y: { label: AXIS_LABELS[kind], type: 'log', domain, ticks: decadeTicks(domain) },
    marks: [
      { type: 'frame' },
      ...looks.flatMap((look, i) => lookMarks(look, kind, domain, i === 0)),
    ],
    margins: { top: 20, right: 14, bottom: 36, left: 66 },
    ariaLabel: TITLES[kind],
  };
}
