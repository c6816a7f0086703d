/**
 * Every "try this, and you will see X" prompt of every page (a <Try> in the chapter: a link
 * with data-try-state, data-try-figure, data-try-see and optionally data-try-press) is opened
 * as the reader would open it (its href), and its figure must then show X. The figure must not
 * show X before, on the page as built, so a prompt whose text the figure already shows proves
 * nothing and fails. New prompts are covered with no new test code.
 *
 * One test per figure: its prompts are opened one after the other in the same tab, each by a
 * real navigation to the prompt's own href (the page reloads and the figure reads its settings
 * from the URL, as on a reader's click), so the tab's cache and compiled scripts carry over
 * instead of a new browser context per prompt. Each prompt is a step of the report, and a
 * failing prompt does not stop the figure's other prompts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { ROOT_SITE } from '../../../scripts/e2e-sites';
import { expect, listPages, test } from '../fixtures';

interface Prompt {
  /** Its place among the page's prompts, from 1. */
  readonly number: number;
  readonly state: string;
  readonly figure: string;
  readonly see: string;
  readonly press: string | null;
  readonly text: string;
  /** The link's own href. */
  readonly href: string;
  /** The figure's text on the page as built, before any link changes it. */
  readonly builtText: string;
}

/** The prompts of a built page, read from its HTML. */
function promptsOf(dist: string, path: string): Prompt[] {
  const file = join(dist, path === '' ? 'index.html' : path.endsWith('/') ? `${path}index.html` : path);
  const { document } = parseHTML(readFileSync(file, 'utf8'));
  return [...document.querySelectorAll('a.nn-try')].map((link, i) => {
    // Formulas read as their MathML text, once (KaTeX also draws them as aria-hidden HTML).
    for (const drawn of link.querySelectorAll('.katex-html, annotation')) drawn.remove();
    return {
      number: i + 1,
      state: link.getAttribute('data-try-state') ?? '',
      figure: link.getAttribute('data-try-figure') ?? '',
      see: link.getAttribute('data-try-see') ?? '',
      press: link.getAttribute('data-try-press'),
      text: (link.textContent ?? '').replace(/\s+/g, ' ').trim(),
      href: link.getAttribute('href') ?? '',
      builtText: document.getElementById(link.getAttribute('data-try-figure') ?? '')?.textContent ?? '',
    };
  });
}

/** The prompts grouped by the figure they act on, in page order. */
function byFigure(prompts: readonly Prompt[]): Map<string, Prompt[]> {
  const groups = new Map<string, Prompt[]>();
  for (const prompt of prompts) groups.set(prompt.figure, [...(groups.get(prompt.figure) ?? []), prompt]);
  return groups;
}

for (const path of listPages()) {
  for (const [figure, prompts] of byFigure(promptsOf(ROOT_SITE.dist, path))) {
    const numbers = prompts.map((prompt) => prompt.number).join(', ');
    test(`page /${path}, figure ${figure}: prompt${prompts.length > 1 ? 's' : ''} ${numbers} ${prompts.length > 1 ? 'each show' : 'shows'} what the text promises, and not before`, async ({ page }) => {
      test.setTimeout(30_000 + 90_000 * prompts.length);
      for (const prompt of prompts) {
        await test.step(`prompt ${prompt.number} "${prompt.text.slice(0, 60)}": ${prompt.figure} shows "${prompt.see}"`, async () => {
          const where = `prompt ${prompt.number} "${prompt.text.slice(0, 60)}"`;
          // Before: the figure as the page is built (what it shows until a reader acts).
          expect.soft(prompt.builtText, `${where}: ${prompt.figure} is on the page`).not.toBe('');
          expect.soft(prompt.builtText, `${where}: the figure must not show "${prompt.see}" before the prompt is followed`).not.toContain(prompt.see);

          // Open the prompt's own link, as a reader's click does: a new query reloads the page.
          await page.goto(`${path === '' ? './' : path}${prompt.href}`);
          await expect(page, where).toHaveURL(new RegExp(`\\?${prompt.state.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}#${prompt.figure}$`));
          const shown = page.locator(`#${prompt.figure}`);
          await shown.scrollIntoViewIfNeeded();
          await expect(shown, where).toHaveAttribute('data-hydrated', 'true');
          await expect.soft(shown.getByRole('status').filter({ hasText: /the link set/ }), `${where}: the link's settings are all accepted`).toHaveCount(0);
          if (prompt.press) await shown.getByRole('button', { name: prompt.press, exact: true }).click();
          await expect.soft(shown, `${where}: ${prompt.figure} shows "${prompt.see}"`).toContainText(prompt.see, { timeout: 90_000 });
        });
      }
    });
  }
}
