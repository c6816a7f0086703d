/**
 * A small, serialisable description of a figure, turned into Observable Plot options.
 *
 * Specs are plain data (numbers, strings, arrays), so the same spec can be built in a pure
 * helper, rendered to SVG at build time (Figure.astro, render-static.ts), rendered live in the
 * browser (render-plot.ts), or sent through JSON. Colours are theme tokens, not hex codes: each
 * token becomes `var(--nn-plot-<token>)`, defined for light and dark in widget.css.
 *
 *   const spec: PlotSpec = {
 *     x: { label: 'z', domain: [-4, 4] }, y: { label: 'y', domain: [-0.1, 1.1] },
 *     marks: [{ type: 'line', points: [[-4, 0.02], [0, 0.5], [4, 0.98]], color: 'accent' }],
 *     ariaLabel: 'The sigmoid rises from 0 to 1',
 *   };
 *   const options = toPlotOptions(spec);   // then Plot.plot(options)
 */
import * as Plot from '@observablehq/plot';

/** Colours every figure may use; each reads well in light and dark themes. */
export type ColorToken = 'text' | 'muted' | 'grid' | 'accent' | 'accent2' | 'positive' | 'negative' | 'warn';

/** Marker shapes, so colour is never the only thing telling two groups apart. */
export type SymbolName = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'times';

export type Point = readonly [number, number];

export interface AxisSpec {
  readonly label?: string;
  readonly domain?: readonly [number, number];
  readonly ticks?: number;
  readonly grid?: boolean;
}

interface Styled {
  readonly color?: ColorToken;
  readonly isDashed?: boolean;
  readonly strokeWidth?: number;
  readonly opacity?: number;
}

export type MarkSpec =
  | ({ readonly type: 'line'; readonly points: readonly Point[] } & Styled)
  | ({ readonly type: 'dots'; readonly points: readonly Point[]; readonly symbol?: SymbolName; readonly isFilled?: boolean; readonly radius?: number } & Styled)
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
  readonly marks: readonly MarkSpec[];
  /** Short name of the figure for screen readers. */
  readonly ariaLabel?: string;
  /** What the figure shows, in a sentence or two (the text alternative). */
  readonly ariaDescription?: string;
  readonly margins?: { readonly top?: number; readonly right?: number; readonly bottom?: number; readonly left?: number };
}

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

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** One spec mark as a Plot mark. */
export function toPlotMark(mark: MarkSpec): Plot.Markish {
  switch (mark.type) {
    case 'line':
      return Plot.line(mark.points as Point[], { x: '0', y: '1', ...strokeOptions(mark, 'accent') });
    case 'dots':
      return Plot.dot(mark.points as Point[], {
        x: '0', y: '1', r: mark.radius ?? 4.5, symbol: mark.symbol ?? 'circle',
        ...strokeOptions(mark, 'accent'), strokeWidth: mark.strokeWidth ?? 1.75,
        fill: mark.isFilled === false ? 'none' : colorOf(mark.color ?? 'accent'),
      });
    case 'ruleX':
      return Plot.ruleX(mark.values as number[], strokeOptions(mark, 'muted'));
    case 'ruleY':
      return Plot.ruleY(mark.values as number[], strokeOptions(mark, 'muted'));
    case 'segment': {
      const options = { x1: '0', y1: '1', x2: '2', y2: '3', ...strokeOptions(mark, 'text') };
      const data = [[mark.from[0], mark.from[1], mark.to[0], mark.to[1]]];
      return mark.hasArrow ? Plot.arrow(data, { ...options, headLength: 7 }) : Plot.link(data, options);
    }
    case 'polygon':
      return polygonMark(mark.points, colorOf(mark.color ?? 'accent'), mark.opacity ?? 0.15);
    case 'text':
      return Plot.text([mark.at as Point], {
        x: '0', y: '1', text: () => mark.text, textAnchor: mark.anchor ?? 'middle',
        dx: mark.dx ?? 0, dy: mark.dy ?? 0, fontSize: mark.fontSize ?? 12,
        fill: colorOf(mark.color ?? 'text'), stroke: 'var(--plot-background)', strokeWidth: 3, paintOrder: 'stroke',
      });
    case 'frame':
      return Plot.frame({ stroke: colorOf('grid') });
  }
}

function axisOptions(axis: AxisSpec | undefined) {
  return {
    label: axis?.label ?? null,
    domain: axis?.domain ? [...axis.domain] : undefined,
    ticks: axis?.ticks,
    grid: axis?.grid ?? true,
    nice: false,
  };
}

/** The Plot options for a spec. Pure: the caller adds `document` when rendering outside a browser. */
export function toPlotOptions(spec: PlotSpec): Plot.PlotOptions {
  return {
    width: spec.width ?? 480,
    height: spec.height ?? 300,
    marginTop: spec.margins?.top ?? 16,
    marginRight: spec.margins?.right ?? 16,
    marginBottom: spec.margins?.bottom ?? 36,
    marginLeft: spec.margins?.left ?? 44,
    x: axisOptions(spec.x),
    y: axisOptions(spec.y),
    style: { fontSize: '12px', overflow: 'visible' },
    ariaLabel: spec.ariaLabel,
    ariaDescription: spec.ariaDescription,
    marks: spec.marks.map(toPlotMark),
  };
}
