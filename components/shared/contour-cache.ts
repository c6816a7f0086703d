/**
 * Browser: contour layers kept between the redraws of a figure. Tracing contour lines (Plot
 * resamples the grid, then follows each level around it) is most of Plot's time on a figure
 * that has them, yet the lines change only with the grid, the levels, and the plot's size and
 * scales, not with what is drawn over them. A figure that redraws often keeps one cache and
 * hands it to every draw:
 *
 *   const contours = new ContourCache();          // one per widget, made in its view's setup
 *   renderPlot(container, spec, { contours });
 */
import * as Plot from '@observablehq/plot';
import type { MarkSpec, PlotSpec } from './plot-spec';

/** Enough for a few surfaces at a few sizes; past it the cache starts over. */
const MAX_LAYERS = 12;

export class ContourCache {
  private readonly layers = new Map<string, Element>();

  /**
   * `options`, the Plot options of `spec` (toPlotOptions), with each contour mark drawn as a
   * copy of its layer, traced once alone in a plot of the same size and scales. Only when both
   * axes have a fixed domain (otherwise the scales depend on every mark's data), and only for
   * unclipped contours (a clip path lives outside the layer).
   */
  withLayers(spec: PlotSpec, options: Plot.PlotOptions): Plot.PlotOptions {
    if (!spec.x?.domain || !spec.y?.domain || !options.marks) return options;
    const frame = JSON.stringify([spec.width, spec.height, spec.margins, spec.x, spec.y]);
    const marks = options.marks;
    return {
      ...options,
      marks: spec.marks.map((mark, i) => {
        if (!isCachable(mark)) return marks[i];
        const layer = this.layerOf(frame + JSON.stringify(mark), () => Plot.plot({ ...options, color: undefined, marks: [marks[i]] }));
        return () => layer.cloneNode(true) as SVGElement;
      }),
    };
  }

  private layerOf(key: string, draw: () => Element): Element {
    let layer = this.layers.get(key);
    if (!layer) {
      if (this.layers.size >= MAX_LAYERS) this.layers.clear();
      // Alone in its plot, the layer is the last group, after the axes Plot adds first.
      layer = draw().lastElementChild!;
      this.layers.set(key, layer);
    }
    return layer;
  }
}

function isCachable(mark: MarkSpec): boolean {
  return mark.type === 'contour' && !mark.isClipped;
}
