/**
 * Browser: draws a sweep's results into its figure: the two plots and the table of exact
 * numbers (marked as coming from the worker, which the end-to-end test checks). While a sweep
 * runs, the view draws one part per animation frame (drawResultPart), so that no frame holds
 * both plots; at the end it draws them all at once (drawResults).
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
const REDRAW_INTERVAL_MS = 250;

/** The parts of the figure that show results: the valley plot with the table, and the loss curves. */
export const RESULT_PARTS = ['valley', 'curves'] as const;
export type ResultPart = (typeof RESULT_PARTS)[number];

/** Redraws the plots and the table of `root` for the runs finished so far. */
export function drawResults(root: HTMLElement, runs: readonly SweepRun[], rates: readonly number[]): void {
  for (const which of RESULT_PARTS) drawResultPart(root, which, runs, rates);
}

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

/** A running sweep's redraws: requested when runs finish, drawn a part per frame, never more often than REDRAW_INTERVAL_MS. */
export class ResultsRedraw {
  private isDue = false;
  private parts: ResultPart[] = [];
  private lastStart = -Infinity;

  constructor(private readonly root: HTMLElement) {}

  /** Runs finished since the last redraw. */
  request(): void {
    this.isDue = true;
  }

  /** Called once per frame while the sweep runs: draws the next part, if a redraw is under way or due. */
  drawStep(runs: readonly SweepRun[], rates: readonly number[]): void {
    const now = performance.now();
    if (this.parts.length === 0 && this.isDue && now - this.lastStart >= REDRAW_INTERVAL_MS) {
      this.isDue = false;
      this.lastStart = now;
      this.parts = [...RESULT_PARTS];
    }
    const which = this.parts.shift();
    if (which) drawResultPart(this.root, which, runs, rates);
  }

  /** Draws every part now (the sweep ended, or paused). */
  drawAll(runs: readonly SweepRun[], rates: readonly number[]): void {
    this.isDue = false;
    this.parts = [];
    drawResults(this.root, runs, rates);
  }
}
