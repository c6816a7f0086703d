import { runJob, type TrainJobResult, type TrainJobSpec } from '../../../src/engine/index';
import { readouts } from '../../../components/SymmetryHeatmap/figure';
import { SymmetryHeatmap, type SymmetryHeatmapSettings } from '../../../components/SymmetryHeatmap/schema';
import { frameAt } from '../../../components/SymmetryHeatmap/symmetry-run';
import { expect, hydratedFigure, pagePath, test } from '../fixtures';
import type { Locator, Page } from '@playwright/test';

const FIGURE = /Symmetry you can see/;

async function openFigure(page: Page, query = '') {
  await page.goto(`${pagePath('initialization')}${query}`);
  return hydratedFigure(page, FIGURE);
}

/** The readout under the term `label` (the figure's <dl>). */
function readout(widget: Locator, label: string): Locator {
  return widget.locator('dl > div').filter({ has: widget.page().getByRole('term').filter({ hasText: new RegExp(`^${label}$`) }) }).getByRole('definition');
}

/** The engine's readouts for the settings, computed in Node with the same train jobs as the page's worker. */
async function engineReadouts(change: Partial<SymmetryHeatmapSettings>) {
  const settings = SymmetryHeatmap.settings.parse(change);
  const frame = await frameAt(settings, async (spec: TrainJobSpec) => runJob(spec) as TrainJobResult);
  return readouts(frame, settings);
}

async function shownStep(widget: Locator): Promise<number> {
  return Number(await readout(widget, 'Step').textContent());
}

test('SymmetryHeatmap: Run and Pause by keyboard keep the rows identical; Perturb by keyboard parts them, and the link replays it', async ({ page }) => {
  const widget = await openFigure(page);
  await expect(widget.getByRole('status').filter({ hasText: 'Ready' })).toBeVisible();
  const run = widget.getByRole('button', { name: 'Run' });
  await run.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => shownStep(widget)).toBeGreaterThanOrEqual(200);
  await page.keyboard.press('Enter');
  await expect(widget.getByRole('status').filter({ hasText: /^Paused at step \d+\.$/ })).toBeVisible();
  await expect(readout(widget, 'Largest difference between two rows')).toHaveText('0 (exactly)');
  const pausedAt = await shownStep(widget);
  await expect(readout(widget, 'This network')).toHaveText((await engineReadouts({ steps: pausedAt })).network);

  await widget.getByRole('button', { name: 'Perturb' }).focus();
  await page.keyboard.press('Space');
  await expect(readout(widget, 'Perturbation')).toHaveText(`at step ${pausedAt} (ε = 0.001, seed 1)`);
  // The nudge is tiny; training parts the rows further as it goes on.
  await expect.poll(() => shownStep(widget), { timeout: 30_000 }).toBeGreaterThanOrEqual(pausedAt + 600);
  await widget.getByRole('button', { name: 'Pause' }).click();
  await expect(widget.getByRole('status').filter({ hasText: /^Paused/ })).toBeVisible();
  const step = await shownStep(widget);
  const expected = await engineReadouts({ steps: step, perturbAt: pausedAt });
  await expect(readout(widget, 'Largest difference between two rows')).toHaveText(expected.difference);
  expect(Number(expected.difference)).toBeGreaterThan(0.01);
  await expect(readout(widget, 'This network')).toHaveText(expected.network);
  await expect(readout(widget, 'The same network left symmetric')).toHaveText(expected.twin);
  await expect(widget.getByRole('button', { name: 'Perturb' })).toBeDisabled();

  await expect(page).toHaveURL(new RegExp(`sy1\\.steps=${step}&sy1\\.perturbAt=${pausedAt}(&|$)`));
  await page.reload();
  const reopened = await hydratedFigure(page, FIGURE);
  await expect(readout(reopened, 'Step')).toHaveText(String(step));
  await expect(readout(reopened, 'Largest difference between two rows')).toHaveText(expected.difference);
  await expect(reopened.getByText(`rows differ by up to ${expected.difference} after ${step - pausedAt} steps`)).toBeVisible();

  await reopened.getByRole('button', { name: 'Reset' }).click();
  await expect(readout(reopened, 'Step')).toHaveText('0');
  await expect(readout(reopened, 'Perturbation')).toHaveText('none yet');
  await expect(readout(reopened, 'Largest difference between two rows')).toHaveText('0 (exactly)');
});

test('SymmetryHeatmap: a link perturbed at step 100 shows the engine\'s numbers at step 600; Step adds 100', async ({ page }) => {
  const widget = await openFigure(page, '?sy1.steps=600&sy1.perturbAt=100');
  const expected = await engineReadouts({ steps: 600, perturbAt: 100 });
  await expect(readout(widget, 'Largest difference between two rows')).toHaveText(expected.difference);
  await expect(readout(widget, 'This network')).toHaveText(expected.network);
  await expect(widget.getByRole('cell')).toHaveCount(6 * 3);
  const step = widget.getByRole('button', { name: 'Step' });
  await step.focus();
  await page.keyboard.press('Enter');
  await expect(readout(widget, 'Step')).toHaveText('700');
  await expect(readout(widget, 'This network')).toHaveText((await engineReadouts({ steps: 700, perturbAt: 100 })).network);
  // Step is disabled while it computes; the keyboard's focus comes back to it, so Enter again steps again (it does not Run).
  await expect(step).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(readout(widget, 'Step')).toHaveText('800');
  await expect(step).toBeFocused();
  await expect(widget.getByRole('button', { name: 'Run' })).toBeVisible();
});

test('SymmetryHeatmap: bad numbers in the boxes are refused inline and the figure keeps training', async ({ page }) => {
  const widget = await openFigure(page);
  const epsilon = widget.getByRole('spinbutton', { name: 'Perturbation ε' });
  await epsilon.fill('0');
  await epsilon.press('Enter');
  await expect(epsilon).toHaveAccessibleDescription('0 is too small; enter a number from 0.000001 to 0.1');
  const units = widget.getByRole('spinbutton', { name: 'Hidden units' });
  await units.fill('40');
  await units.press('Enter');
  await expect(units).toHaveAccessibleDescription('40 is too large; enter an integer from 2 to 10');
  await expect(widget.getByRole('cell')).toHaveCount(6 * 3);
  await widget.getByRole('button', { name: 'Step' }).click();
  await expect(readout(widget, 'Step')).toHaveText('100');
  // A new network size starts again from step 0.
  await units.fill('3');
  await units.press('Enter');
  await expect(readout(widget, 'Step')).toHaveText('0');
  await expect(widget.getByRole('cell')).toHaveCount(3 * 3);
});

test('SymmetryHeatmap: a link whose perturbation comes after its step, or with a bad ε, falls back with a note', async ({ page }) => {
  const widget = await openFigure(page, '?sy1.steps=100&sy1.perturbAt=700&sy1.epsilon=-1');
  await expect(widget.getByText(/the link's setting "perturbAt" does not fit the others: expected a step no later than steps \(100\), got 700/)).toBeVisible();
  await expect(widget.getByText('the link set epsilon=-1, but it must be a number from 0.000001 to 0.1; showing 0.001')).toBeVisible();
  await expect(readout(widget, 'Step')).toHaveText('100');
  await expect(readout(widget, 'Perturbation')).toHaveText('none yet');
  await expect(readout(widget, 'Largest difference between two rows')).toHaveText('0 (exactly)');
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('SymmetryHeatmap: Run jumps 250 steps at a time', async ({ page }) => {
    const widget = await openFigure(page);
    await widget.getByRole('button', { name: 'Run' }).click();
    await expect.poll(() => shownStep(widget)).toBeGreaterThan(0);
    await widget.getByRole('button', { name: 'Pause' }).click();
    expect((await shownStep(widget)) % 250).toBe(0);
  });
});
