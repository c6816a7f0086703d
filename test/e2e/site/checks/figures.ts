/**
 * Every figure on the page, as the widget contract asks: each SVG is one role="img" with its
 * text alternative and no names inside, ids are unique on the page after the widgets have
 * redrawn, and chart text is at least 12 px on screen on a phone and on a laptop.
 */
import type { Page } from '@playwright/test';
import { expect } from '../../fixtures';

const FIGURE_SVGS = '.nn-plot svg:not([aria-hidden="true"]), svg.nn-diagram';
export const FIGURE_WIDTHS = [1280, 375];

/** Makes the widgets that redraw on a choice redraw (every widget has started). */
async function interact(page: Page): Promise<void> {
  const widgets = page.locator('[data-widget]');
  for (let i = 0; i < (await widgets.count()); i++) {
    await widgets.nth(i).scrollIntoViewIfNeeded();
    await expect(widgets.nth(i)).toHaveAttribute('data-hydrated', 'true');
  }
  const surfaces = page.getByRole('combobox', { name: 'Loss surface' });
  for (let i = 0; i < (await surfaces.count()); i++) {
    await surfaces.nth(i).selectOption('rosenbrock');
    await expect(page.locator('[data-widget="DescentBowl"]').nth(i).getByText(/diverged at step/).first()).toBeAttached();
  }
}

/** Ids used more than once on the page, with how often. */
function duplicateIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const counts = new Map<string, number>();
    for (const element of Array.from(document.querySelectorAll('[id]'))) counts.set(element.id, (counts.get(element.id) ?? 0) + 1);
    return [...counts].filter(([, count]) => count > 1).map(([id, count]) => `${id} ×${count}`);
  });
}

/** Figure SVGs that are not one named image, or that name something inside. */
function unnamedFigures(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    return Array.from(document.querySelectorAll(selector)).flatMap((svg, i) => {
      const where = `${svg.closest('[data-widget]')?.id ?? svg.closest('figure')?.className ?? 'page'} svg ${i}`;
      const problems: string[] = [];
      if (svg.getAttribute('role') !== 'img') problems.push(`${where}: role is ${svg.getAttribute('role')}`);
      if (!svg.getAttribute('aria-label')?.trim()) problems.push(`${where}: no aria-label`);
      const inner = svg.querySelectorAll('[aria-label], [aria-description], [role]').length;
      if (inner > 0) problems.push(`${where}: ${inner} inner elements carry a name or role`);
      return problems;
    });
  }, FIGURE_SVGS);
}

/** Visible SVG texts in figures drawn below `minimum` px on screen: font size times the SVG's scale. */
export function smallTexts(page: Page, minimum: number): Promise<string[]> {
  return page.evaluate(
    ({ selector, minimum }) => {
      const texts = Array.from(document.querySelectorAll(selector)).flatMap((svg) => Array.from(svg.querySelectorAll('text')));
      return texts.flatMap((text) => {
        const matrix = text.getScreenCTM();
        if (!matrix || !text.textContent?.trim() || text.getBoundingClientRect().width === 0) return [];
        const size = parseFloat(getComputedStyle(text).fontSize) * Math.hypot(matrix.a, matrix.b);
        return size < minimum ? [`"${text.textContent}" in ${text.closest('[data-widget], figure')?.id || 'a figure'}: ${size.toFixed(1)} px`] : [];
      });
    },
    { selector: FIGURE_SVGS, minimum },
  );
}

/**
 * After the widgets that redraw on a choice have redrawn: ids unique, every figure SVG one
 * named image, chart text at least 12 px at each of FIGURE_WIDTHS (soft failures). Leaves the
 * viewport at the last width.
 */
export async function expectFiguresSound(page: Page): Promise<void> {
  await interact(page);
  expect.soft(await duplicateIds(page), 'ids used more than once').toEqual([]);
  expect.soft(await unnamedFigures(page), 'figure SVGs that are not one named image').toEqual([]);
  for (const width of FIGURE_WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect.soft(await smallTexts(page, 12), `chart text below 12 px at ${width} px`).toEqual([]);
  }
}
