/**
 * Byte budgets on every page the build emits (budgets-check.ts): what the browser fetches at
 * load with no input, then with every figure hydrated and one training run done. Sizes are
 * byte counts of the build, so the test is deterministic; timings live in `npm run bench`.
 * Runs once, on the root build (the /course/ build differs only in its links).
 */
import type { Page } from '@playwright/test';
import { expect, listPages, settle, test } from '../fixtures';
import { checkBudgets, describeWeight, type PageFetches } from './budgets-check';
import { recordResponses } from './budgets-measure';

/** Lighthouse's mobile screen: what a phone shows before the reader scrolls. */
const PHONE = { width: 412, height: 823 };


/** Runs the page's first learning-rate sweep, the site's training widget, to the end. */
async function trainOnce(page: Page): Promise<void> {
  const sweep = page.locator('[data-widget="LearningRateSweep"]').first();
  if ((await sweep.count()) === 0) return;
  await sweep.scrollIntoViewIfNeeded();
  await sweep.getByRole('button', { name: 'Run sweep' }).click();
  await expect(sweep).toHaveAttribute('data-sweep', 'done', { timeout: 60_000 });
}

for (const path of listPages()) {
  test(`page /${path} keeps its byte budgets`, async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'site', 'byte counts are the same under /course/');
    // Hydrating a chapter and training once takes most of a minute on a loaded 2-core machine.
    test.setTimeout(180_000);
    await page.setViewportSize(PHONE);
    // The hydrator fetches every view of the page once the browser is idle after load, so a
    // figure still starts if the connection drops (hydrate.ts). That deliberate, idle-time
    // download is held back here: "before interaction" is what the page needs to load and to
    // start the figures in its first screen. The scroll below counts it in the second budget.
    await page.addInitScript(() => {
      window.requestIdleCallback = () => 0;
    });
    const recorder = recordResponses(page);
    await page.goto(path === '' ? './' : path, { waitUntil: 'load' });
    await recorder.settled();
    const load = await recorder.snapshot();

    await settle(page);
    await expect(page.locator('[data-widget][data-prefix]:not([data-hydrated="true"])')).toHaveCount(0);
    await trainOnce(page);
    await recorder.settled();
    const fetches: PageFetches = { page: path, load, hydrated: await recorder.snapshot() };

    console.log(describeWeight(fetches));
    expect(checkBudgets(fetches).join('\n'), 'byte budgets (gzip)').toBe('');
  });
}
