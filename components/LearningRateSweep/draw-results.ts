/**
 * Browser: draws a sweep's results into its figure: the two plots and the table of exact
 * numbers (marked as coming from the worker, which the end-to-end test checks).
 */
import type { SweepRun } from '../../src/engine/index';
import { part } from '../shared/dom';
import { formatSignificant } from '../shared/format';
import { renderPlot } from '../shared/render-plot';
import { sweepRows } from './figure';
import { curvesSpec, valleySpec } from './plot-specs';

/** Redraws the plots and the table of `root` for the runs finished so far. */
export function drawResults(root: HTMLElement, runs: readonly SweepRun[], rates: readonly number[]): void {
  renderPlot(part(root, '[data-role="valley-plot"]'), valleySpec(runs, rates));
  renderPlot(part(root, '[data-role="curves-plot"]'), curvesSpec(runs, rates));
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
