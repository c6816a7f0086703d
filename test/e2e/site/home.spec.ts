import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, pagePath, test } from '../fixtures';

const JS_BUDGET_BYTES = 2048;

/** Published chapters in course order, read from the frontmatter the build used. */
function chaptersInOrder(): { slug: string; title: string }[] {
  const dir = process.env.CONTENT_DIR ?? 'content/chapters';
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const frontmatter = readFileSync(join(dir, name), 'utf8').split(/^---$/m)[1] ?? '';
      const field = (key: string) => frontmatter.match(new RegExp(`^${key}:\\s*(.+)$`, 'm'))?.[1].trim() ?? '';
      return {
        slug: name.replace(/\.mdx$/, ''),
        title: field('title').replace(/^["']|["']$/g, ''),
        order: Number(field('order')),
        isDraft: field('draft') === 'true',
      };
    })
    .filter((chapter) => !chapter.isDraft)
    .sort((a, b) => a.order - b.order);
}

test('the home page lists every chapter in course order with its reading time and objectives', async ({ page }) => {
  await page.goto(pagePath(''));
  const expected = chaptersInOrder();
  const cards = page.getByRole('list').filter({ has: page.locator('.chapter-card') }).getByRole('listitem').filter({ has: page.getByRole('heading') });
  await expect(cards).toHaveCount(expected.length);
  for (const [index, chapter] of expected.entries()) {
    const card = cards.nth(index);
    await expect(card.getByRole('heading', { level: 3 })).toHaveText(chapter.title);
    await expect(card.getByRole('link', { name: chapter.title })).toHaveAttribute('href', new RegExp(`/${chapter.slug}/$`));
    await expect(card).toContainText(/\d+ min read/);
    await expect(card.getByText('You will be able to')).toBeVisible();
  }
});

test(`the home page ships at most ${JS_BUDGET_BYTES} bytes of JavaScript`, async ({ page }, testInfo) => {
  await page.goto(pagePath(''));
  await page.waitForLoadState('networkidle');
  const bytes = await page.evaluate(() => {
    const inline = [...document.querySelectorAll('script:not([src])')].reduce(
      (sum, script) => sum + new TextEncoder().encode(script.textContent ?? '').length,
      0,
    );
    const external = performance
      .getEntriesByType('resource')
      .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === 'script')
      .reduce((sum, entry) => sum + (entry as PerformanceResourceTiming).decodedBodySize, 0);
    return { inline, external, scripts: document.querySelectorAll('script[src]').length };
  });
  testInfo.annotations.push({ type: 'home page JavaScript', description: `${bytes.inline + bytes.external} bytes (${bytes.inline} inline, ${bytes.external} in ${bytes.scripts} files)` });
  console.log(`home page JavaScript: ${bytes.inline + bytes.external} bytes (${bytes.inline} inline, ${bytes.external} external)`);
  expect(bytes.inline + bytes.external).toBeLessThanOrEqual(JS_BUDGET_BYTES);
});
