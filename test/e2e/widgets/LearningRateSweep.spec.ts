import type { SweepRun } from '../../../src/engine/index';
import { describeSweep } from '../../../components/LearningRateSweep/figure';
import { LearningRateSweepProps, type LearningRateSweepInput } from '../../../components/LearningRateSweep/schema';
import { expect, test } from '../fixtures';
import { SWEEP, openSweep, shownRows, sweepInNode, type ShownRow } from './sweep-page';

/** The chapter's sweep: moons, rates 0.001 to 10, 10 rates, 300 steps, seed 1. */
const PAGE_PROPS: LearningRateSweepInput = { dataset: 'moons', minRate: 0.001, maxRate: 10, count: 10, steps: 300, seed: 1 };

function expectSameAsNode(shown: readonly ShownRow[], node: readonly SweepRun[]) {
  expect(shown.map((row) => row.learningRate)).toEqual(node.map((run) => run.learningRate));
  shown.forEach((row, i) => {
    const expected = node[i];
    expect(row.hasDiverged, `rate ${row.learningRate}`).toBe(expected.status === 'diverged');
    if (Number.isFinite(expected.finalLoss)) {
      const relative = Math.abs(row.finalLoss - expected.finalLoss) / Math.max(Math.abs(expected.finalLoss), 1e-300);
      expect(relative, `final loss at rate ${row.learningRate}`).toBeLessThanOrEqual(1e-12);
    } else {
      expect(String(row.finalLoss)).toBe(String(expected.finalLoss));
    }
  });
}

test('LearningRateSweep: a sweep started by keyboard runs in a Web Worker and matches the runner in Node to 1e-12', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const widget = await openSweep(page);
  // The build ran the page's sweep in Node; the figure reads before any training starts.
  expectSameAsNode(await shownRows(widget), sweepInNode(PAGE_PROPS));

  const count = widget.getByRole('spinbutton', { name: 'Rates' });
  await count.focus();
  await page.keyboard.press('ArrowDown');
  await expect(count).toHaveValue('9');
  await widget.getByRole('button', { name: 'Run sweep' }).focus();
  await page.keyboard.press('Enter');
  await expect(widget).toHaveAttribute('data-sweep', 'done', { timeout: 30_000 });
  expect(workers.length).toBeGreaterThan(0);
  await expect(widget.getByRole('table', { name: 'Final loss at each learning rate' })).toHaveAttribute('data-source', 'worker');

  const node = sweepInNode({ ...PAGE_PROPS, count: 9 });
  expectSameAsNode(await shownRows(widget), node);
  expect(node.some((run) => run.status === 'diverged')).toBe(true);
  // Diverged rates end early, yet a finished sweep's progress bar is full.
  const progress = widget.getByRole('progressbar', { name: 'Sweep progress' });
  expect(await progress.evaluate((bar: HTMLProgressElement) => [bar.value, bar.max])).toEqual([2700, 2700]);
  await expect(widget.getByText(/^Final training loss after 300 steps at 9 learning rates/)).toHaveText(
    describeSweep(LearningRateSweepProps.parse({ ...PAGE_PROPS, count: 9 }), node),
  );
});

test('LearningRateSweep: bad settings are answered next to the field; a sweep pauses, resumes exactly and stops', async ({ page }) => {
  const widget = await openSweep(page);
  const steps = widget.getByRole('spinbutton', { name: 'Steps per rate' });
  await steps.fill('5');
  await expect(steps).toHaveAttribute('aria-invalid', 'true');
  await expect(steps).toHaveAccessibleDescription('5 is too small; enter an integer from 10 to 2000');
  const largest = widget.getByRole('spinbutton', { name: 'Largest rate' });
  await largest.fill('0.0001');
  await expect(largest).toHaveAccessibleDescription(
    'the smallest rate (0.001) must be below the largest (0.0001); change one of them',
  );
  const hidden = widget.getByRole('textbox', { name: 'Hidden layers' });
  await hidden.fill('8, 0');
  await expect(hidden).toHaveAccessibleDescription(
    '"0" is not a layer size; enter a list of 1 to 3 integers from 1 to 32, separated by commas',
  );
  // The URL kept the last good settings only.
  expect(page.url()).not.toContain('steps=5');

  // A sweep paused and resumed gives the numbers of the same sweep run in one go, in Node
  // (test/e2e/engine/node-browser-identity.spec.ts checks a 1000-step sweep bit for bit). The
  // longest sweep the field allows, so that on a loaded machine the Pause and Stop below still
  // land before the last rate finishes.
  test.setTimeout(180_000);
  await steps.fill('2000');
  await steps.press('Enter');
  await expect(page).toHaveURL(/lrs1\.steps=2000/);
  // Pause right after the start, by keyboard (a mouse click may first wait for scrolling while
  // the sweep runs). Waiting for a given rate would race a fast machine; the unit test of
  // SweepSession pauses after several finished rates.
  await widget.getByRole('button', { name: 'Run sweep' }).press('Enter');
  await widget.getByRole('button', { name: 'Pause' }).press('Enter');
  await expect(widget).toHaveAttribute('data-sweep', 'paused');
  await expect(widget.getByText(/^paused in rate \d+ of 10 \(η = [\d.]+\), last recorded step \d+; Resume continues exactly where it stopped$/)).toBeVisible();
  await widget.getByRole('button', { name: 'Resume' }).click();
  await expect(widget).toHaveAttribute('data-sweep', 'done', { timeout: 120_000 });
  expectSameAsNode(await shownRows(widget), sweepInNode({ ...PAGE_PROPS, steps: 2000 }));

  await widget.getByRole('button', { name: 'Run sweep' }).press('Enter');
  await widget.getByRole('button', { name: 'Stop' }).press('Enter');
  await expect(widget).toHaveAttribute('data-sweep', 'stopped', { timeout: 30_000 });
  await expect(widget.getByText(/^stopped after \d+ of 10 rates$/)).toBeVisible();
});

test('LearningRateSweep: the URL reopens the same sweep, and a tampered URL gets a note', async ({ page }) => {
  const widget = await openSweep(page);
  await widget.getByRole('combobox', { name: 'Data set' }).selectOption('xor');
  await widget.getByRole('spinbutton', { name: 'Seed' }).fill('7');
  await expect(page).toHaveURL(/lrs1\.dataset=xor/);
  await expect(page).toHaveURL(/lrs1\.seed=7/);

  await page.reload();
  const reopened = page.getByRole('figure', { name: SWEEP });
  await reopened.scrollIntoViewIfNeeded();
  await expect(reopened).toHaveAttribute('data-sweep', 'done', { timeout: 30_000 });
  await expect(reopened.getByRole('combobox', { name: 'Data set' })).toHaveValue('xor');
  expectSameAsNode(await shownRows(reopened), sweepInNode({ ...PAGE_PROPS, dataset: 'xor', seed: 7 }));

  const tampered = await openSweep(page, '?lrs1.count=50');
  await expect(tampered.getByRole('status').first()).toContainText(
    'the link set count=50, but it must be an integer from 8 to 12; showing 10',
  );
  await expect(tampered.getByRole('spinbutton', { name: 'Rates' })).toHaveValue('10');
});
