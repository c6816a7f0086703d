/**
 * Browser: draws a sweep's results into its figure: the two plots and the table of exact
 * numbers (marked as coming from the worker, which the end-to-end test checks). While a sweep
 * runs, the view's FrameRedraw draws one part per animation frame, so that no frame holds both
 * plots; at the end it draws them all at once.
 */
import type { SweepRun } from '../../src/engine/index';
import { part } from '../shared/dom';
import { formatSignificant } from '../shared/format';
import { renderPlot } from '../shared/render-plot';
import { sweepRows } from './figure';
import { curvesSpec, valleySpec } from './plot-specs';

/**
 * While a sweep runs, the plots are redrawn at most this often, and one plot per animation frame,
 * so that the status line still changes every frame: a redraw and its paint take tens of
 * milliseconds on a long chapter.
 */
export const REDRAW_INTERVAL_MS = 250;

/** The parts of the figure that show results: the valley plot with the table, and the loss curves. */
export const RESULT_PARTS = ['valley', 'curves'] as const;
export type ResultPart = (typeof RESULT_PARTS)[number];

/** Redraws one part of the results: the valley plot and the table, or the loss curves. */
export function drawResultPart(root: HTMLElement, which: ResultPart, runs: readonly SweepRun[], rates: readonly number[]): void {
  if (which === 'curves') {
    renderPlot(part(root, '[data-role="curves-plot"]'), curvesSpec(runs, rates));
    return;
  }
  renderPlot(part(root, '[data-role="valley-plot"]'), valleySpec(runs, rates));
  const table = part(root, '[data-role="results"]');
  table.dataset.source = 'worker';
  const rows = sweepRows(runs).map((row) => {
    const tr = document.createElement('tr');
    Object.assign(tr.dataset, { rate: String(row.learningRate), finalLoss: String(row.finalLoss), diverged: String(row.hasDiverged) });
    for (const text of [formatSignificant(row.learningRate), row.outcome]) tr.appendChild(document.createElement('td')).textContent = text;
    return tr;
  });
  table.querySelector('tbody')?.replaceChildren(...rows);
}
