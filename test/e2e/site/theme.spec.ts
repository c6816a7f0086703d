import { expect, pagePath, test } from '../fixtures';

test('the theme follows the system until the reader picks one, and the pick persists', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(pagePath(''));
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'dark');

  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.press('Enter');
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');

  // The stored choice now wins over the system preference, on every page.
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveAttribute('data-theme', 'light');
});

test('a stored dark theme is applied before the body is parsed, so nothing flashes', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem('nn-theme', 'dark');
    const seen = (window as unknown as { themeAtFirstBody?: string });
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      seen.themeAtFirstBody = document.documentElement.dataset.theme ?? 'none';
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(pagePath(''));
  expect(await page.evaluate(() => (window as unknown as { themeAtFirstBody?: string }).themeAtFirstBody)).toBe('dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(20, 22, 27)');
});
