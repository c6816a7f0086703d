import { expect, listPages, test } from '../fixtures';

// Widgets hydrate lazily. A reader who jumps to the end of a chapter (End key, a link to
// the last heading) passes every figure between two frames; each must still come alive.

for (const path of listPages().filter((page) => page !== '404.html')) {
  test(`page /${path}: every widget hydrates after a jump to the end of the page`, async ({ page }) => {
    await page.goto(path);
    const widgets = page.locator('[data-widget]');
    const count = await widgets.count();
    test.skip(count === 0, 'no widgets on this page');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    for (let i = 0; i < count; i++) {
      await expect(widgets.nth(i)).toHaveAttribute('data-hydrated', 'true');
    }
  });
}
