/**
 * A chapter on paper: the print stylesheet leaves out the site's controls, captions read as
 * descriptions (no "Press Step" or "Move the sliders"), folded <details> print open, nothing is
 * wider than the paper, and Chromium turns the page into a PDF.
 */
import type { Page } from '@playwright/test';
import { expect } from '../../fixtures';

// An A4 page's printable width at 96 px per inch, with Chromium's default 1 cm margins.
export const PAPER_WIDTH = 718;
const INSTRUCTION = /\b(press|click|move|drag|edit|type|try|tap)\b/i;

/** Prints the page (every widget started) at the paper's width; soft failures. Leaves print media on. */
export async function expectPrintsCleanly(page: Page): Promise<void> {
  await page.setViewportSize({ width: PAPER_WIDTH, height: 1000 });
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });

  const captions = await page.locator('.nn-caption').evaluateAll((elements) => elements.map((element) => (element as HTMLElement).innerText));
  expect.soft(captions.filter((caption) => INSTRUCTION.test(caption)), 'captions that tell the reader what to do, on paper').toEqual([]);
  await expect.soft(page.locator('.nn-controls:visible, .site-header:visible, .toc:visible'), 'controls, header and contents on paper').toHaveCount(0);
  for (const summary of await page.locator('[data-widget] [data-role="summary"]').all()) await expect.soft(summary).toBeVisible();

  // Folded content prints open: the print stylesheet shows it, and beforeprint opens it.
  const folded = page.locator('details:not(.toc details) > :not(summary)');
  for (const content of await folded.all()) await expect.soft(content).toBeVisible();
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await expect.soft(page.locator('details:not([open])')).toHaveCount(0);

  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect.soft(width, 'printed page width').toBeLessThanOrEqual(PAPER_WIDTH);
  const pdf = await page.pdf({ format: 'A4' });
  expect.soft(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect.soft(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0).toBeGreaterThan(0);
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
}
