/**
 * Two instances of one widget on a page share nothing: the learning-rate chapter shows
 * DescentCurve four times and DescentBowl twice. Changing one instance leaves the other's
 * readout, figure and URL namespace as they were, also after a reload of the link.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, hydratedFigure, pagePath, test } from '../fixtures';

const CURVE = /Walking downhill in one dimension/;
const BOWL = /Learning rate on a two-dimensional surface/;

/** Everything an instance shows: its readouts' exact data, their text, and its plots' SVG. */
async function snapshotOf(widget: Locator) {
  return widget.evaluate((root) => ({
    readouts: [...root.querySelectorAll<HTMLElement>('[data-loss]')].map((element) => ({ ...element.dataset, text: element.textContent })),
    plots: [...root.querySelectorAll('svg')].map((svg) => svg.outerHTML),
  }));
}

/** The namespaces the URL holds settings for (dc1 for `?dc1.steps=20&dc1.curve=hills`), and one setting's value. */
function urlSettings(page: Page, key: string): { namespaces: string[]; value: string | null } {
  const params = new URL(page.url()).searchParams;
  const namespaces = [...new Set([...params.keys()].map((name) => name.split('.')[0]))].sort();
  return { namespaces, value: params.get(key) };
}

test('DescentCurve: changing the first walk leaves the second one, its readout and its URL namespace untouched', async ({ page }) => {
  await page.goto(pagePath('learning-rate'));
  const first = await hydratedFigure(page, CURVE, 0);
  const second = await hydratedFigure(page, CURVE, 1);
  const before = await snapshotOf(second);
  expect(before.readouts.length).toBeGreaterThan(0);
  const firstBefore = await snapshotOf(first);

  const slider = first.getByRole('slider', { name: 'Learning rate' });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', '0.19');
  expect((await snapshotOf(first)).readouts).not.toEqual(firstBefore.readouts);
  await expect(second.getByRole('slider', { name: 'Learning rate' })).toHaveAttribute('aria-valuetext', '2.1');
  expect(await snapshotOf(second)).toEqual(before);
  await expect.poll(() => urlSettings(page, 'dc1.learningRate')).toEqual({ namespaces: ['dc1'], value: '0.19' });

  // Reopened from the link, each instance reads its own namespace only.
  await page.reload();
  const reopenedFirst = await hydratedFigure(page, CURVE, 0);
  const reopenedSecond = await hydratedFigure(page, CURVE, 1);
  await expect(reopenedFirst.getByRole('slider', { name: 'Learning rate' })).toHaveAttribute('aria-valuetext', '0.19');
  expect(await snapshotOf(reopenedSecond)).toEqual(before);

  // And the other way round: the second instance changes, the first keeps the link's walk.
  const firstFromLink = await snapshotOf(reopenedFirst);
  const secondSlider = reopenedSecond.getByRole('slider', { name: 'Learning rate' });
  await secondSlider.focus();
  await page.keyboard.press('Home');
  await expect(secondSlider).toHaveAttribute('aria-valuetext', '0.001');
  expect(await snapshotOf(reopenedFirst)).toEqual(firstFromLink);
  await expect.poll(() => urlSettings(page, 'dc2.learningRate')).toEqual({ namespaces: ['dc1', 'dc2'], value: '0.001' });
  expect(urlSettings(page, 'dc1.learningRate').value).toBe('0.19');
});

test('DescentBowl: changing the first bowl leaves the second one, its paths and its URL namespace untouched', async ({ page }) => {
  await page.goto(pagePath('learning-rate'));
  const first = await hydratedFigure(page, BOWL, 0);
  const second = await hydratedFigure(page, BOWL, 1);
  const before = await snapshotOf(second);
  expect(before.readouts.length).toBeGreaterThan(0);
  const firstBefore = await snapshotOf(first);

  const momentum = first.getByRole('slider', { name: 'Momentum' });
  await momentum.focus();
  await page.keyboard.press('ArrowRight');
  await expect(momentum).toHaveAttribute('aria-valuetext', '0.01');
  expect((await snapshotOf(first)).readouts).not.toEqual(firstBefore.readouts);
  await expect(second.getByRole('slider', { name: 'Momentum' })).toHaveAttribute('aria-valuetext', '0.9');
  expect(await snapshotOf(second)).toEqual(before);
  await expect.poll(() => urlSettings(page, 'db1.momentum')).toEqual({ namespaces: ['db1'], value: '0.01' });

  await page.reload();
  await expect((await hydratedFigure(page, BOWL, 0)).getByRole('slider', { name: 'Momentum' })).toHaveAttribute('aria-valuetext', '0.01');
  expect(await snapshotOf(await hydratedFigure(page, BOWL, 1))).toEqual(before);
});
