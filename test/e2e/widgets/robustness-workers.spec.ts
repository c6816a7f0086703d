/**
 * The heaviest widget under abuse: LearningRateSweep's Run sweep and Stop clicked 200 times,
 * alternating, partly faster than the worker can answer, and its worker crashing. The figure
 * keeps exactly one live worker, shows a consistent state after the storm, and its next sweep
 * gives the numbers of a clean run; a crashed worker is reported inside the figure and the
 * next Run sweep starts in a fresh one.
 */
import type { Locator, Page, Worker } from '@playwright/test';
import type { SweepRun } from '../../../src/engine/index';
import { finishedText } from '../../../components/LearningRateSweep/figure';
import { LearningRateSweepProps, type LearningRateSweepInput } from '../../../components/LearningRateSweep/schema';
import { expect, test } from '../fixtures';
import { openSweep, shownRows, sweepInNode, type ShownRow } from './sweep-page';

/** The chapter's sweep: moons, rates 0.001 to 10, 10 rates, 300 steps, seed 1 (it takes the worker a few milliseconds). */
const PAGE_PROPS: LearningRateSweepInput = { dataset: 'moons', minRate: 0.001, maxRate: 10, count: 10, steps: 300, seed: 1 };
/** A sweep the link makes long enough (a second or more) that a Stop lands while it trains. */
const LONG_PROPS: LearningRateSweepInput = { ...PAGE_PROPS, steps: 1000 };
const LONG_QUERY = '?lrs1.steps=1000';
const WORKER_SCRIPT = /\/engine-worker[^/]*\.js$/;

/** The engine workers alive on the page now (a terminated worker leaves this list). */
function liveEngineWorkers(page: Page): Worker[] {
  return page.workers().filter((worker) => WORKER_SCRIPT.test(new URL(worker.url()).pathname));
}

/** Every engine worker the page started, alive or not. */
function countStartedWorkers(page: Page): { readonly count: number } {
  const started = { count: 0 };
  page.on('worker', (worker) => {
    if (WORKER_SCRIPT.test(new URL(worker.url()).pathname)) started.count += 1;
  });
  return started;
}

function expectSameAsNode(shown: readonly ShownRow[], node: readonly SweepRun[]) {
  expect(shown.map((row) => row.learningRate)).toEqual(node.map((run) => run.learningRate));
  shown.forEach((row, i) => {
    expect(row.hasDiverged, `rate ${row.learningRate}`).toBe(node[i].status === 'diverged');
    const expected = node[i].finalLoss;
    if (!Number.isFinite(expected)) expect(String(row.finalLoss)).toBe(String(expected));
    else expect(Math.abs(row.finalLoss - expected) / Math.max(Math.abs(expected), 1e-300), `rate ${row.learningRate}`).toBeLessThanOrEqual(1e-12);
  });
}

/** Runs one sweep to the end and checks the table holds the numbers of the same sweep run in Node. */
async function expectCleanSweep(widget: Locator, props: LearningRateSweepInput): Promise<void> {
  await widget.getByRole('button', { name: 'Run sweep' }).click();
  await expect(widget).toHaveAttribute('data-sweep', 'done', { timeout: 60_000 });
  expectSameAsNode(await shownRows(widget), sweepInNode(props));
  await expect(widget.getByRole('table', { name: 'Final loss at each learning rate' })).toHaveAttribute('data-source', 'worker');
  await expect(widget.getByRole('status')).toHaveText(finishedText(LearningRateSweepProps.parse(props)));
}

test('LearningRateSweep: 200 rapid Run sweep / Stop clicks leave one live worker, a stopped figure, and a next sweep equal to a clean run', async ({ page }) => {
  test.setTimeout(180_000);
  const started = countStartedWorkers(page);
  const widget = await openSweep(page, LONG_QUERY);
  const run = widget.getByRole('button', { name: 'Run sweep' });
  const stop = widget.getByRole('button', { name: 'Stop' });

  // 20 clicks of the mouse, as fast as it goes: no waiting for a button to be enabled (a
  // disabled Stop ignores the click, as it would an impatient reader's).
  await run.scrollIntoViewIfNeeded();
  const at = async (button: Locator) => {
    const box = (await button.boundingBox())!;
    return [box.x + box.width / 2, box.y + box.height / 2] as const;
  };
  const [runAt, stopAt] = [await at(run), await at(stop)];
  for (let i = 0; i < 10; i++) {
    await page.mouse.click(...runAt);
    await page.mouse.click(...stopAt);
  }
  // 180 more inside the page, most of them back to back, some a few milliseconds apart so
  // the worker's answers to old jobs arrive in between.
  await widget.evaluate(async (root) => {
    const button = (role: string) => root.querySelector<HTMLButtonElement>(`[data-role="${role}"]`)!;
    for (let i = 0; i < 90; i++) {
      button('run').click();
      if (i % 4 === 1) await new Promise((resolve) => setTimeout(resolve, i % 7));
      button('stop').click();
      if (i % 5 === 2) await new Promise((resolve) => setTimeout(resolve, i % 3));
    }
  });

  // The last click stopped the last sweep: the figure says so, and only Run sweep is live.
  await expect(widget).toHaveAttribute('data-sweep', 'stopped', { timeout: 30_000 });
  await expect(widget.getByRole('status')).toHaveText(/^stopped after \d+ of 10 rates$/);
  await expect(stop).toBeDisabled();
  await expect(widget.getByRole('button', { name: 'Pause' })).toBeDisabled();
  await expect(run).toBeEnabled();
  expect(liveEngineWorkers(page)).toHaveLength(1);
  expect(started.count).toBe(1);

  await expectCleanSweep(widget, LONG_PROPS);
  // No answer to one of the 100 earlier jobs arrives late and overwrites the finished figure.
  await page.waitForTimeout(500);
  await expect(widget).toHaveAttribute('data-sweep', 'done');
  await expect(widget.getByRole('status')).toHaveText(finishedText(LearningRateSweepProps.parse(LONG_PROPS)));
  expect(liveEngineWorkers(page)).toHaveLength(1);
  expect(started.count).toBe(1);
});

test.describe('a worker that crashes', () => {
  // The substitute worker below throws on purpose; its uncaught error is expected.
  test.use({ allowedIssues: /simulated worker crash/ });

  test('LearningRateSweep: a crashed worker is reported in the figure, ended, and the next Run sweep works in a fresh worker', async ({ page }) => {
    test.setTimeout(90_000);
    const started = countStartedWorkers(page);
    const widget = await openSweep(page);
    // The first worker the figure starts is served a script that throws on the first message
    // (the start of the sweep); the real script is served from then on.
    await page.route(
      (url) => WORKER_SCRIPT.test(url.pathname),
      (route) =>
        route.fulfill({
          contentType: 'text/javascript',
          body: "self.onmessage = () => { throw new Error('simulated worker crash'); };",
        }),
      { times: 1 },
    );

    await widget.getByRole('button', { name: 'Run sweep' }).click();
    await expect(widget).toHaveAttribute('data-sweep', 'failed');
    await expect(widget.getByRole('status')).toHaveText(/^the sweep could not run: the training worker stopped: .*simulated worker crash/);
    await expect(widget.getByRole('button', { name: 'Stop' })).toBeDisabled();
    // The crashed worker has been ended, not left running beside its replacement.
    await expect.poll(() => liveEngineWorkers(page).length).toBe(0);
    expect(started.count).toBe(1);

    await expectCleanSweep(widget, PAGE_PROPS);
    expect(started.count).toBe(2);
    expect(liveEngineWorkers(page)).toHaveLength(1);
  });
});
