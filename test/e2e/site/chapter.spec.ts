import { existsSync } from 'node:fs';
import { expect, listPages, pagePath, test } from '../fixtures';

const chapterPaths = listPages().filter((path) => path.endsWith('/'));

for (const path of chapterPaths) {
  test(`chapter /${path} has contents, previous/next and the file to edit`, async ({ page }) => {
    await page.goto(path);
    const contents = page.getByRole('navigation', { name: 'On this page' });
    const headings = page.locator('.prose h2[id], .prose h3[id]');
    if ((await headings.count()) > 0) {
      await expect(contents.getByRole('link')).toHaveCount(await headings.count());
      const first = contents.getByRole('link').first();
      const target = (await first.getAttribute('href')) ?? '';
      await first.click();
      await expect(page).toHaveURL(new RegExp(`${target}$`));
      await expect(page.locator(target)).toBeInViewport();
    }

    const pager = page.getByRole('navigation', { name: 'Chapters' });
    await expect(pager.getByRole('link')).toHaveCount(2);

    const file = await page.locator('.author-note code').textContent();
    expect(file, 'the author note names the content file').toMatch(/\.mdx$/);
    expect(existsSync(file ?? ''), `${file} exists in the project`).toBe(true);
  });
}

test('"Next" walks through every chapter once, then returns to the home page', async ({ page, baseURL }) => {
  const home = new URL(baseURL as string).pathname;
  await page.goto(pagePath(''));
  await page.getByRole('link', { name: /^Start the course/ }).click();
  const visited: string[] = [];
  while (new URL(page.url()).pathname !== home && visited.length <= chapterPaths.length) {
    visited.push(new URL(page.url()).pathname.slice(home.length));
    await page.getByRole('navigation', { name: 'Chapters' }).getByRole('link').last().click();
  }
  expect([...visited].sort()).toEqual([...chapterPaths].sort());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Neural networks from first principles');
});

test.describe('an unknown address', () => {
  test.use({ allowedIssues: /answered status 404|status of 404/ });

  test('answers 404 with a page that leads back to the course', async ({ page }) => {
    const response = await page.goto('no-such-chapter/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not part of the course');
    await page.getByRole('link', { name: 'Go to the course home' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Neural networks from first principles');
  });
});
