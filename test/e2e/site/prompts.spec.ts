/**
 * Every "try this, and you will see X" prompt of every page (a <Try> in the chapter: a link
 * with data-try-state, data-try-figure, data-try-see and optionally data-try-press) is opened
 * as the reader would open it (its href), and its figure must then show X. The figure must not
 * show X before, on the page as built, so a prompt whose text the figure already shows proves
 * nothing and fails. New prompts are covered with no new test code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { ROOT_SITE } from '../../../scripts/e2e-sites';
import { expect, listPages, test } from '../fixtures';

interface Prompt {
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
  return [...document.querySelectorAll('a.nn-try')].map((link) => {
    // Formulas read as their MathML text, once (KaTeX also draws them as aria-hidden HTML).
    for (const drawn of link.querySelectorAll('.katex-html, annotation')) drawn.remove();
    return {
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

for (const path of listPages()) {
  for (const [i, prompt] of promptsOf(ROOT_SITE.dist, path).entries()) {
    test(`page /${path}, prompt ${i + 1} "${prompt.text.slice(0, 60)}": ${prompt.figure} shows "${prompt.see}"`, async ({ page }) => {
      test.setTimeout(120_000);
      // Before: the figure as the page is built (what it shows until a reader acts).
      expect(prompt.builtText, `${prompt.figure} is on the page`).not.toBe('');
      expect(prompt.builtText, 'the figure must not show it before the prompt is followed').not.toContain(prompt.see);

      // Open the prompt's own link, as a reader's click does (one page load per prompt).
      await page.goto(`${path === '' ? './' : path}${prompt.href}`);
      await expect(page).toHaveURL(new RegExp(`\\?${prompt.state.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}#${prompt.figure}$`));
      const figure = page.locator(`#${prompt.figure}`);
      await figure.scrollIntoViewIfNeeded();
      await expect(figure).toHaveAttribute('data-hydrated', 'true');
      await expect(figure.getByRole('status').filter({ hasText: /the link set/ })).toHaveCount(0);
      if (prompt.press) await figure.getByRole('button', { name: prompt.press, exact: true }).click();
      await expect(figure).toContainText(prompt.see, { timeout: 90_000 });
    });
  }
}
