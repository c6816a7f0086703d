/**
 * Helpers for the specs that drive the chapter's LearningRateSweep figure: open it (with URL
 * settings), read the exact numbers its results table carries, and run the same sweep in Node.
 */
import type { Locator, Page } from '@playwright/test';
import { runJob, type SweepRun } from '../../../src/engine/index';
import { LearningRateSweepProps, type LearningRateSweepInput } from '../../../components/LearningRateSweep/schema';
import { buildSweepSpec } from '../../../components/LearningRateSweep/sweep-spec';
import { hydratedFigure, pagePath } from '../fixtures';

/** The accessible name of the chapter's sweep figure. */
export const SWEEP = /A learning-rate sweep on a real network/;

/** What the sweep's table shows for each rate, read from its exact data attributes. */
export interface ShownRow {
  readonly learningRate: number;
  readonly finalLoss: number;
  readonly hasDiverged: boolean;
}

/** Opens the learning-rate chapter (with `query` as URL settings) and waits for the sweep to hydrate. */
export async function openSweep(page: Page, query = ''): Promise<Locator> {
  await page.goto(`${pagePath('learning-rate')}${query}`);
  return hydratedFigure(page, SWEEP);
}

/** Opens "Exact results" and reads every row's exact numbers. */
export async function shownRows(widget: Locator): Promise<ShownRow[]> {
  const table = widget.getByRole('table', { name: 'Final loss at each learning rate' });
  if (!(await table.isVisible())) await widget.getByText('Exact results').click();
  const rows = table.getByRole('row').filter({ has: widget.page().getByRole('cell') });
  return rows.evaluateAll((elements) =>
    elements.map((row) => ({
      learningRate: Number((row as HTMLElement).dataset.rate),
      finalLoss: Number((row as HTMLElement).dataset.finalLoss),
      hasDiverged: (row as HTMLElement).dataset.diverged === 'true',
    })),
  );
}

/** The same sweep run in Node, directly through the engine's runner. */
export function sweepInNode(props: LearningRateSweepInput): SweepRun[] {
  const result = runJob(buildSweepSpec(LearningRateSweepProps.parse(props)));
  if (result.kind !== 'sweep') throw new Error('expected a sweep result');
  return [...result.runs];
}
