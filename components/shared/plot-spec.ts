/**
 * A small, serialisable description of a figure, turned into Observable Plot options.
 *
 * Specs are plain data (numbers, strings, arrays), so the same spec can be built in a pure
 * helper, rendered to SVG at build time (Figure.astro, render-static.ts), rendered live in the
 * browser (render-plot.ts), or sent through JSON. Colours are theme tokens, not hex codes: each
 * token becomes `var(--nn-plot-<token>)`, defined for light and dark in widget.css. Text is 12 px in
 * the figure's own units; render-plot.ts draws at the container's width, so it stays 12 px on screen.
 *
 *   const spec: PlotSpec = {
 *     x: { label: 'z', domain: [-4, 4] }, y: { label: 'y', domain: [-0.1, 1.1] },
 *     marks: [{ type: 'line', points: [[-4, 0.02], [0, 0.5], [4, 0.98]], color: 'accent' }],
 *     ariaLabel: 'The sigmoid rises from 0 to 1',
 *   };
 *   const options = toPlotOptions(spec);   // then Plot.plot(options)
 */
import * as Plot from '@observablehq/plot';
import { ellipsesMark } from './ellipses-mark';
import { formatSignificant } from './format';

/** Colours every figure may use; each reads well in light and dark themes. */
export type ColorToken = 'text' | 'muted' | 'grid' | 'accent' | 'accent2' | 'positive' | 'negative' | 'warn';

/** Marker shapes, so colour is never the only thing telling two groups apart. */
export type SymbolName = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'times';

export type Point = readonly [number, number];

export interface AxisSpec {
  readonly label?: string;
  readonly domain?: readonly [number, number];
  /** 'log' for quantities that span orders of magnitude, such as learning rates. */
  readonly type?: 'linear' | 'log';
  /** About how many ticks, or exactly which values get one. */
  readonly ticks?: number | readonly number[];
  readonly grid?: boolean;
  /** Widens the domain to round tick values (off by default: the domain is what the spec says). */
  readonly isNice?: boolean;
}

/** Values of a function sampled at the centres of a width × height grid: values[row * width + column], row 0 at y[0]. */
export interface SampledGrid {
  readonly width: number;
  readonly height: number;
  readonly x: readonly [number, number];
  readonly y: readonly [number, number];
  readonly values: readonly number[];
}

/** A line per named series, coloured by the spec's `color` scale (so a legend can name them). */
export interface Series {
  readonly name: string;
  readonly points: readonly Point[];
}

/** An ordinal colour scale for `series` marks: one colour of `scheme` per name, in order. */
export interface ColorScaleSpec {
  /** A ramp ('cool', 'viridis', 'turbo') for ordered series; 'tableau10' for a few unordered ones. */
  readonly scheme: 'cool' | 'viridis' | 'turbo' | 'tableau10';
  readonly domain: readonly string[];
  readonly hasLegend?: boolean;
}

interface Styled {
  readonly color?: ColorToken;
  readonly isDashed?: boolean;
  readonly strokeWidth?: number;
  readonly opacity?: number;
  /** Cut off at the frame, so a run that blows up leaves the plot instead of stretching it. */
  readonly isClipped?: boolean;
}

export type MarkSpec =
  | ({ readonly type: 'line'; readonly points: readonly Point[] } & Styled)
  | ({ readonly type: 'series'; readonly series: readonly Series[] } & Omit<Styled, 'color'>)
  | ({ readonly type: 'dots'; readonly points: readonly Point[]; readonly symbol?: SymbolName; readonly isFilled?: boolean; readonly radius?: number; readonly hasOutline?: boolean } & Styled)
  /** Lines where the grid crosses each threshold; filled, the regions above each (nested translucent bands: a heatmap in steps). */
  | ({ readonly type: 'contour'; readonly grid: SampledGrid; readonly thresholds: readonly number[]; readonly isFilled?: boolean } & Styled)
  /**
   * Concentric ellipses around `center`, each [semi-axis along the turned x axis, semi-axis across],
   * turned `angle` degrees counter-clockwise: the exact contour lines of a quadratic bowl.
   */
  | ({ readonly type: 'ellipses'; readonly center: Point; readonly angle: number; readonly radii: readonly Point[] } & Styled)
  | ({ readonly type: 'ruleX' | 'ruleY'; readonly values: readonly number[] } & Styled)
  | ({ readonly type: 'segment'; readonly from: Point; readonly to: Point; readonly hasArrow?: boolean } & Styled)
  | ({ readonly type: 'polygon'; readonly points: readonly Point[] } & Styled)
  | ({ readonly type: 'text'; readonly at: Point; readonly text: string; readonly anchor?: 'start' | 'middle' | 'end'; readonly dx?: number; readonly dy?: number; readonly fontSize?: number } & Styled)
  | { readonly type: 'frame' };

export interface PlotSpec {
  readonly width?: number;
  readonly height?: number;
  readonly x?: AxisSpec;
  readonly y?: AxisSpec;
  readonly color?: ColorScaleSpec;
  readonly marks: readonly MarkSpec[];
  /** Short name of the figure for screen readers. */
  readonly ariaLabel?: string;
  /** What the figure shows, in a sentence or two (the text alternative). */
  readonly ariaDescription?: string;
  readonly margins?: { readonly top?: number; readonly right?: number; readonly bottom?: number; readonly left?: number };
}

const DEFAULT_WIDTH = 480;
const DEFAULT_HEIGHT = 300;

/** The CSS value for a colour token. */
export function colorOf(token: ColorToken = 'text'): string {
  return `var(--nn-plot-${token})`;
}

function strokeOptions(mark: Styled, fallback: ColorToken) {
  return {
    stroke: colorOf(mark.color ?? fallback),
    strokeWidth: mark.strokeWidth ?? 2,
    strokeDasharray: mark.isDashed ? '5,4' : undefined,
    strokeOpacity: mark.opacity,
    clip: mark.isClipped,
  };
}

/** A filled polygon in data coordinates, drawn through the plot's scales. */
function polygonMark(points: readonly Point[], fill: string, opacity: number): Plot.RenderFunction {
  return (_index, scales, _values, _dimensions, context) => {
    const path = context.document.createElementNS('http://www.w3.org/2000/svg', 'path');
    const x = scales.x as (value: number) => number;
    const y = scales.y as (value: number) => number;
    const d = points.map(([px, py], i) => `${i === 0 ? 'M' : 'L'}${round(x(px))},${round(y(py))}`).join('');
    path.setAttribute('d', points.length > 0 ? `${d}Z` : '');
    path.setAttribute('fill', fill);
    path.setAttribute('fill-opacity', String(opacity));
    path.setAttribute('aria-hidden', 'true');
    return path as unknown as SVGElement;
  };
}

/** Beyond this magnitude a coordinate is a blow-up, not data: no figure's axis reaches it. */
export const PLOT_LIMIT = 1e12;

/** The points Plot may be handed: both coordinates finite and within ±PLOT_LIMIT (a diverged run's NaN, ∞ or 1e65 are left out). */
export function plottable(points: readonly Point[]): Point[] {
  return points.filter(([x, y]) => Math.abs(x) <= PLOT_LIMIT && Math.abs(y) <= PLOT_LIMIT);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** One spec mark as a Plot mark. */
export function toPlotMark(mark: MarkSpec): Plot.Markish {
  switch (mark.type) {
    case 'line':
      return Plot.line(plottable(mark.points), { x: '0', y: '1', ...strokeOptions(mark, 'accent') });
    case 'series':
      return Plot.line(
        mark.series.flatMap((one) => plottable(one.points).map(([x, y]) => ({ x, y, name: one.name }))),
        { x: 'x', y: 'y', z: 'name', ...strokeOptions(mark, 'accent'), stroke: 'name' },
      );
    case 'dots':
      return Plot.dot(plottable(mark.points), {
        x: '0', y: '1', r: mark.radius ?? 4.5, symbol: mark.symbol ?? 'circle',
        ...strokeOptions(mark, 'accent'), strokeWidth: mark.strokeWidth ?? 1.75,
        fill: mark.isFilled === false ? 'none' : colorOf(mark.color ?? 'accent'),
        // A ring in the background colour keeps a dot readable where it sits on a line.
        ...(mark.hasOutline ? { stroke: 'var(--plot-background)', strokeWidth: 1 } : {}),
      });
    case 'contour':
      return Plot.contour([...mark.grid.values], {
        width: mark.grid.width, height: mark.grid.height,
        // The values already fill the grid, one per cell: Plot's default ('nearest') would find each
        // cell's own value again through a Delaunay triangulation, half the cost of the contour lines.
        interpolate: null,
        x1: mark.grid.x[0], x2: mark.grid.x[1], y1: mark.grid.y[0], y2: mark.grid.y[1],
        thresholds: [...mark.thresholds],
        ...strokeOptions(mark, 'muted'), strokeWidth: mark.strokeWidth ?? 1,
        ...(mark.isFilled
          ? { fill: colorOf(mark.color ?? 'muted'), fillOpacity: mark.opacity ?? 0.15, stroke: 'none', strokeOpacity: undefined }
          : { fill: 'none' }),
      });
    case 'ellipses':
      return ellipsesMark(mark.center, mark.angle, mark.radii, { stroke: colorOf(mark.color ?? 'muted'), strokeWidth: mark.strokeWidth ?? 1, opacity: mark.opacity });
    case 'ruleX':
      return Plot.ruleX(mark.values as number[], strokeOptions(mark, 'muted'));
    case 'ruleY':
      return Plot.ruleY(mark.values as number[], strokeOptions(mark, 'muted'));
    case 'segment': {
      const options = { x1: '0', y1: '1', x2: '2', y2: '3', ...strokeOptions(mark, 'text') };
      const isPlottable = plottable([mark.from, mark.to]).length === 2;
      const data = isPlottable ? [[mark.from[0], mark.from[1], mark.to[0], mark.to[1]]] : [];
      return mark.hasArrow ? Plot.arrow(data, { ...options, headLength: 7 }) : Plot.link(data, options);
    }
    case 'polygon':
      return polygonMark(plottable(mark.points), colorOf(mark.color ?? 'accent'), mark.opacity ?? 0.15);
    case 'text':
      return Plot.text(plottable([mark.at]), {
        x: '0', y: '1', text: () => mark.text, textAnchor: mark.anchor ?? 'middle',
        dx: mark.dx ?? 0, dy: mark.dy ?? 0, fontSize: mark.fontSize ?? 12,
        fill: colorOf(mark.color ?? 'text'), stroke: 'var(--plot-background)', strokeWidth: 3, paintOrder: 'stroke',
      });
    case 'frame':
      return Plot.frame({ stroke: colorOf('grid') });
  }
}

function axisOptions(axis: AxisSpec | undefined) {
  const ticks = axis?.ticks;
  return {
    type: axis?.type,
    label: axis?.label ?? null,
    domain: axis?.domain ? [...axis.domain] : undefined,
    ticks: typeof ticks === 'object' ? [...ticks] : ticks,
    // Plot writes a log axis's ticks as 1m, 10m, …; write them as the numbers they are.
    tickFormat: axis?.type === 'log' ? formatTick : undefined,
    grid: axis?.grid ?? true,
    nice: axis?.isNice ?? false,
  };
}

/** A log axis's tick as a number, or as a power of ten once digits would not fit (10¹², 10⁻⁹, 2 × 10⁻⁵). */
function formatTick(value: number): string {
  const magnitude = Math.abs(value);
  if (magnitude >= 1e5 || (magnitude > 0 && magnitude < 1e-4)) return formatSignificant(value).replace(/^1 × /, '');
  return String(Number(value.toPrecision(6)));
}

function colorOptions(color: ColorScaleSpec | undefined): Plot.ScaleOptions | undefined {
  if (!color) return undefined;
  return { type: 'ordinal', domain: [...color.domain], scheme: color.scheme, legend: color.hasLegend ?? false };
}

/** The same figure drawn `width` wide: the height follows, so the shape and the page layout stay. */
export function scaledTo(spec: PlotSpec, width: number): PlotSpec {
  const { width: from = DEFAULT_WIDTH, height = DEFAULT_HEIGHT } = spec;
  return { ...spec, width, height: Math.round((height * width) / from) };
}


/** The Plot options for a spec. Pure: the caller adds `document` when rendering outside a browser. */
export function toPlotOptions(spec: PlotSpec): Plot.PlotOptions {
  return {
    width: spec.width ?? DEFAULT_WIDTH,
    height: spec.height ?? DEFAULT_HEIGHT,
    marginTop: spec.margins?.top ?? 16,
    marginRight: spec.margins?.right ?? 16,
    marginBottom: spec.margins?.bottom ?? 36,
    marginLeft: spec.margins?.left ?? 44,
    x: axisOptions(spec.x),
    y: axisOptions(spec.y),
    color: colorOptions(spec.color),
    style: { fontSize: '12px', overflow: 'visible' },
    ariaLabel: spec.ariaLabel,
    ariaDescription: spec.ariaDescription,
    marks: spec.marks.map(toPlotMark),
  };
}
