/**
 * Build time (Node): renders a figure spec (plot-spec.ts) to an SVG string with Observable Plot
 * and linkedom's `document`, so figures reach the page as inline SVG with no JavaScript. Used by
 * Figure.astro and by each widget's static shell:
 *
 *   <div class="nn-plot" data-role="plot" set:html={renderStaticSvg(spec, { idPrefix: figureIdPrefix(id, 'plot') })} />
 *
 * The build does not know how wide the reader's screen is, so it draws at most PHONE_WIDTH
 * wide: on a 375 px phone the figure then shows at about its own size and its 12 px text stays
 * 12 px. Wider screens scale it up, at most MAX_SCALE times (so its text stays below 18 px),
 * until the browser redraws it at its real width.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { finishFigureInPlace } from './finish-figure';
import { scaledTo, toPlotOptions, type PlotSpec } from './plot-spec';

/** The narrowest a figure is drawn on a 375 px phone (the page's and the widget's padding taken off). */
export const PHONE_WIDTH = 288;
const MAX_SCALE = 1.5;

export interface StaticOptions {
  /** Makes the figure's ids unique on the page (figureIdPrefix); by default a hash of the spec. */
  readonly idPrefix?: string;
}

/** The SVG markup Plot draws for `spec` (a figure element when it has a legend). */
export function renderStaticSvg(spec: PlotSpec, options: StaticOptions = {}): string {
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  const narrow = (spec.width ?? 480) > PHONE_WIDTH ? scaledTo(spec, PHONE_WIDTH) : spec;
  const figure = Plot.plot({ ...toPlotOptions(narrow), document: document as unknown as Document }) as unknown as HTMLElement;
  figure.style.maxWidth = `min(100%, ${(narrow.width ?? 480) * MAX_SCALE}px)`;
  finishFigureInPlace(figure, {
    idPrefix: options.idPrefix ?? `figure-${hashOf(JSON.stringify(spec))}`,
    ariaLabel: spec.ariaLabel,
    ariaDescription: spec.ariaDescription,
  });
  return figure.outerHTML;
}

/** FNV-1a, 32 bits, in base 36: a short name that depends only on the text. */
function hashOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}
