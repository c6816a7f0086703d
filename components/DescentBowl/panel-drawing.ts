/**
 * Browser: redraws a DescentBowl panel's plot without redoing what did not change. Two costs
 * dominate a redraw, and neither depends on the path being drawn:
 * - the contour lines change only with the surface, the drawn region and the panel size, yet
 *   tracing them (Plot resamples the loss grid, then follows each level) is most of Plot's time;
 * - every SVG Plot draws carries its own <style>, and taking one out of the page and putting
 *   another in makes the browser restyle the whole page.
 *
 *   const draw = createPanelDrawer();                    // one per figure
 *   draw(plotContainer, figure, panelPlotOptions(figure, panel));
 */
import * as Plot from '@observablehq/plot';
import type { BowlFigure } from './figure';

/** Draws one panel's Plot options into its container. */
export type PanelDrawer = (container: Element, figure: BowlFigure, options: Plot.PlotOptions) => void;

/**
 * Each contour layer is drawn once, alone in a plot of the same size and scales; later plots
 * take a copy of it as a ready-made mark (Plot accepts a function returning an element as a mark).
 */
function withCachedContours(layers: Map<string, Element>, figure: BowlFigure, options: Plot.PlotOptions): Plot.PlotOptions {
  const key = JSON.stringify([figure.landscape.formula, figure.grid.x, figure.grid.y, options.width, options.height]);
  if (layers.size > 12) layers.clear();
  const marks = (options.marks ?? []).map((mark, i) => {
    if (!(mark instanceof Plot.Contour)) return mark;
    const markKey = `${key}#${i}`;
    // Alone in its plot, the layer is the last group, after the axes.
    if (!layers.has(markKey)) layers.set(markKey, Plot.plot({ ...options, marks: [mark] }).lastElementChild!);
    return () => layers.get(markKey)!.cloneNode(true) as SVGElement;
  });
  return { ...options, marks };
}

/** Moves the content of `fresh` into the plot `container` shows, keeping that plot's element and <style>. */
function showPlot(container: Element, fresh: Element): void {
  const shown = container.firstElementChild;
  const style = shown?.querySelector(':scope > style');
  if (!shown || !style || shown.tagName !== fresh.tagName) {
    container.replaceChildren(fresh);
    return;
  }
  for (const { name } of [...shown.attributes]) if (!fresh.hasAttribute(name)) shown.removeAttribute(name);
  for (const { name, value } of [...fresh.attributes]) shown.setAttribute(name, value);
  for (const child of [...shown.children]) if (child !== style) child.remove();
  fresh.querySelector(':scope > style')?.remove();
  shown.append(...fresh.childNodes);
}

export function createPanelDrawer(): PanelDrawer {
  const layers = new Map<string, Element>();
  return (container, figure, options) => showPlot(container, Plot.plot(withCachedContours(layers, figure, options)));
}
