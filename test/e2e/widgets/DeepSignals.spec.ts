import type { Locator, Page } from '@playwright/test';
import { runJob, type SignalsJobResult } from '../../../src/engine/index';
import { signalsText } from '../../../components/DeepSignals/figure';
import { DeepSignalsProps, type DeepSignalsSettings } from '../../../components/DeepSignals/schema';
import { buildSignalsSpec } from '../../../components/DeepSignals/signals-spec';
import { expect, hydratedFigure, pagePath, test } from '../fixtures';

const FIGURE = /Inside a deep network/;

/** The chapter's first DeepSignals (ds-1), hydrated. */
async function openSignals(page: Page, query = ''): Promise<Locator> {
  await page.goto(`${pagePath('initialization')}${query}`);
  return hydratedFigure(page, FIGURE);
}

/** What the engine says in Node for these settings: the browser must say the same. */
function expectedText(change: Partial<DeepSignalsSettings>) {
  const settings = { ...DeepSignalsProps.parse({}), ...change };
  return signalsText(settings, runJob(buildSignalsSpec(settings)) as SignalsJobResult);
}

/** Waits until the worker's numbers for the current settings are drawn. */
async function measured(widget: Locator): Promise<void> {
  await expect(widget).toHaveAttribute('data-measure', 'done', { timeout: 30_000 });
  await expect(widget.locator('[data-role="layers"]')).toHaveAttribute('data-source', 'worker');
}

test('DeepSignals: every control works by keyboard, and a change rewrites the verdicts and the summary with the engine\'s numbers', async ({ page }) => {
  const widget = await openSignals(page);
  const summary = widget.locator('[data-role="summary"]');
  await expect(summary).toHaveText(expectedText({}).summary);

  const activation = widget.getByRole('combobox', { name: 'Activation' });
  await activation.focus();
  await page.keyboard.press('ArrowDown');
  await expect(activation).toHaveValue('relu');
  const init = widget.getByRole('combobox', { name: 'Initialization' });
  await page.keyboard.press('Tab');
  await expect(init).toBeFocused();
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown');
  await expect(init).toHaveValue('heNormal');
  const steps = widget.getByRole('spinbutton', { name: 'Training steps' });
  await page.keyboard.press('Tab');
  await expect(steps).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('0');
  await page.keyboard.press('Enter');
  await measured(widget);
  const expected = expectedText({ activation: 'relu', init: 'heNormal', steps: 0 });
  await expect(widget.getByText(expected.activations, { exact: true })).toBeVisible();
  await expect(widget.getByText(/^Activations stay steady/)).toBeVisible();
  await expect(summary).toHaveText(expected.summary);

  const layers = widget.getByRole('spinbutton', { name: 'Layers' });
  await layers.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('4');
  await page.keyboard.press('Enter');
  await expect(widget.locator('[data-role="layers"] tbody tr')).toHaveCount(4);
  await measured(widget);
  await expect(summary).toHaveText(expectedText({ activation: 'relu', init: 'heNormal', steps: 0, depth: 4 }).summary);

  await widget.getByRole('button', { name: 'New seed' }).press('Enter');
  await expect(widget.getByRole('spinbutton', { name: 'Seed' })).toHaveValue('2');
  await measured(widget);
  await widget.getByRole('button', { name: 'Reset' }).press('Enter');
  await expect(layers).toHaveValue('10');
  await measured(widget);
  await expect(summary).toHaveText(expectedText({}).summary);
});

test('DeepSignals: a bad number is answered next to its box and the figure keeps its last good state', async ({ page }) => {
  const widget = await openSignals(page);
  const layers = widget.getByRole('spinbutton', { name: 'Layers' });
  await layers.fill('50');
  await expect(layers).toHaveAttribute('aria-invalid', 'true');
  await expect(layers).toHaveAccessibleDescription('50 is too large; enter an integer from 2 to 20');
  await layers.fill('');
  await expect(layers).toHaveAccessibleDescription('the field is empty; enter an integer from 2 to 20');
  const steps = widget.getByRole('spinbutton', { name: 'Training steps' });
  await steps.fill('-3');
  await expect(steps).toHaveAttribute('aria-invalid', 'true');
  await expect(widget.locator('[data-role="layers"] tbody tr')).toHaveCount(10);
  await expect(widget.locator('[data-role="layers"]')).toHaveAttribute('data-source', 'build');
  await expect(widget.locator('[data-role="summary"]')).toHaveText(expectedText({}).summary);
});

test('DeepSignals: a bad link value falls back to the default with a note; a good link is measured again and reloads the same', async ({ page }) => {
  let widget = await openSignals(page, '?ds1.depth=99&ds1.init=xavier');
  const note = widget.locator('[data-role="notes"]');
  await expect(note).toBeVisible();
  await expect(note).toContainText('depth');
  await expect(note).toContainText('init');
  await expect(widget.getByRole('spinbutton', { name: 'Layers' })).toHaveValue('10');

  widget = await openSignals(page, '?ds1.activation=relu&ds1.init=xavierNormal&ds1.steps=0');
  await measured(widget);
  const expected = expectedText({ activation: 'relu', init: 'xavierNormal', steps: 0 });
  await expect(widget.getByText(expected.activations, { exact: true })).toBeVisible();
  await widget.getByRole('combobox', { name: 'Activation' }).selectOption('tanh');
  await expect(page).toHaveURL(/ds1\.activation=tanh/);
  await measured(widget);
  const summary = await widget.locator('[data-role="summary"]').textContent();
  await page.reload();
  widget = await hydratedFigure(page, FIGURE);
  await measured(widget);
  await expect(widget.locator('[data-role="summary"]')).toHaveText(summary ?? '');
  await expect(widget.getByRole('combobox', { name: 'Initialization' })).toHaveValue('xavierNormal');
});

test('DeepSignals: a diverged training is not drawn, and Stop ends a long measurement with the steps it took', async ({ page }) => {
  const widget = await openSignals(page, '?ds1.activation=relu&ds1.init=unit');
  await measured(widget);
  const status = widget.getByRole('status').filter({ hasText: /^Measured|^Stopped/ });
  await expect(status).toHaveText('Measured on 100 examples at the start; training diverged at step 1, so the plots show the start only.');
  await expect(widget.locator('[data-role="legend-after"]')).toBeHidden();
  // One look only: one median line per plot, no dashed "after" line at the top edge.
  await expect(widget.locator('[data-role="activations-plot"] svg [stroke-dasharray]')).toHaveCount(0);

  const long = await openSignals(page, '?ds1.depth=20&ds1.width=200&ds1.steps=500');
  await expect(long.getByRole('status')).toContainText('training step', { timeout: 30_000 });
  const stop = long.getByRole('button', { name: 'Stop' });
  await stop.focus();
  await page.keyboard.press('Enter');
  await expect(long).toHaveAttribute('data-measure', 'done', { timeout: 30_000 });
  await expect(long.getByRole('status')).toHaveText(/^Stopped: measured on 100 examples, at the start and after \d+ of 500 steps\.$/);
  await expect(long.locator('[data-role="training"]')).toHaveText(/^Stopped after \d+ of 500 steps \(η = 0\.1\): the loss went from /);
  await expect(stop).toBeDisabled();
});
