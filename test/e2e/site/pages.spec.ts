/**
 * The checks that need every widget of a page started, run over every page the build emits
 * (a new chapter is covered with no new code). Starting a chapter's widgets is what costs, so
 * each page is loaded and hydrated once, and every check that needs that state runs on the
 * same load, in an order where none disturbs the next:
 *
 * - at 1280 px: axe in the light and the dark theme (checks/axe.ts); Tab through every control
 *   of every widget (checks/keyboard.ts); after the widgets that redraw on a choice have
 *   redrawn, unique ids, one named image per figure SVG and chart text ≥ 12 px at 1280 and
 *   375 px (checks/figures.ts); back at 1280 px, every summary rewritten by a change of one
 *   setting (checks/summaries.ts);
 * - then at 375 px: axe in the light and the dark theme; then, on a chapter, the page on paper
 *   at A4's width (checks/print.ts).
 *
 * Each check fails softly, so one failure does not hide the page's other findings; each is a
 * step of the report. Chart text as built (no JavaScript) is checked by its own, cheap test.
 */
import { expect, listPages, test } from '../fixtures';
import { expectAxeClean } from './checks/axe';
import { expectFiguresSound, FIGURE_WIDTHS, smallTexts } from './checks/figures';
import { expectKeyboardWalk } from './checks/keyboard';
import { expectPrintsCleanly } from './checks/print';
import { expectSummariesFollow } from './checks/summaries';
import { gotoWithWidgets } from './hydrate-all';

const isChapter = (path: string) => path !== '' && path !== '404.html';

for (const path of listPages()) {
  test(`page /${path}, every widget started: axe finds nothing serious (light, dark) at 1280 and 375 px; Tab reaches every control with visible focus; ids unique, figure SVGs named, chart text ≥ 12 px; a changed setting rewrites each summary${isChapter(path) ? '; it prints cleanly: no controls or instructions, folded results open, nothing past the paper' : ''}`, async ({ page }, testInfo) => {
    // axe takes seconds on a chapter's 10,000 elements, training the summaries' runs more; far longer on a busy machine.
    test.setTimeout(900_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ colorScheme: 'light' });
    await gotoWithWidgets(page, path);
    await test.step('axe at 1280 px, light and dark', () => expectAxeClean(page, path, 1280, testInfo));
    await test.step('Tab through every widget', () => expectKeyboardWalk(page));
    // Before the summaries: a figure draws at its container's width when its settings change and
    // is scaled, not redrawn, when the window narrows; the summaries' changes would draw at 1280 px.
    await test.step(`figures after a redraw, at ${FIGURE_WIDTHS.join(' and ')} px`, () => expectFiguresSound(page));
    await page.setViewportSize({ width: 1280, height: 900 });
    await test.step('summaries follow a changed setting', () => expectSummariesFollow(page));
    // The same started widgets on a phone's width: the page reflows as a reader's turned phone does.
    await page.setViewportSize({ width: 375, height: 900 });
    await test.step('axe at 375 px, light and dark', () => expectAxeClean(page, path, 375, testInfo));
    if (isChapter(path)) await test.step('print', () => expectPrintsCleanly(page));
  });

  test(`page /${path}: chart text is at least 12 px as built, at ${FIGURE_WIDTHS.join(' and ')} px`, async ({ browser, baseURL }) => {
    // As built: the SVG the page arrives with, before any script runs.
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
    const staticPage = await context.newPage();
    for (const width of FIGURE_WIDTHS) {
      await staticPage.setViewportSize({ width, height: 900 });
      await staticPage.goto(path === '' ? './' : path);
      expect(await smallTexts(staticPage, 12), `at ${width} px`).toEqual([]);
    }
    await context.close();
  });
}
