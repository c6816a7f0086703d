import type { Page } from '@playwright/test';
import { expect, gotoAndSettle } from '../fixtures';

/** Opens a page, scrolls through it, and waits until every interactive figure has started. */
export async function gotoWithWidgets(page: Page, path: string): Promise<void> {
  await gotoAndSettle(page, path);
  const failed = await page.locator('[data-widget][data-prefix]:not([data-hydrated="true"])').evaluateAll((roots) => roots.map((root) => root.id));
  expect(failed, 'every [data-widget][data-prefix] reaches data-hydrated="true"').toEqual([]);
}
