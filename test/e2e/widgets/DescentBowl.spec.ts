import type { Locator, Page } from '@playwright/test';
import { descend, diagonalScales, elongatedBowl, rosenbrock, turnedBowl } from '../../../src/engine/index';
import { expect, hydratedFigure, pagePath, test } from '../fixtures';

const BOWL = /Learning rate on a two-dimensional surface/;

async function openBowl(page: Page, query = '', index = 0): Promise<Locator> {
  await page.goto(`${pagePath('learning-rate')}${query}`);
  return hydratedFigure(page, BOWL, index);
}

/** Each panel's exact end point and loss, read from its readout. */
async function shownEnds(widget: Locator) {
  return widget.getByText(/^\d+ steps, loss /).evaluateAll((elements) =>
    elements.map((element) => {
      const data = (element as HTMLElement).dataset;
      return { x: Number(data.x), y: Number(data.y), loss: Number(data.loss), status: data.status };
    }),
  );
}

function engineEnds(runs: ReturnType<typeof descend>[]) {
  return runs.map((run) => {
    const [x, y] = run.points[run.points.length - 1];
    return { x, y, loss: run.losses[run.losses.length - 1], status: run.status };
  });
}

test('DescentBowl: momentum moves by keyboard and every path matches the engine', async ({ page }) => {
  const widget = await openBowl(page);
  const bowl = elongatedBowl();
  const walk = (learningRate: number, momentum: number) => descend(bowl, { start: [-4, 2], learningRate, momentum, steps: 50 });
  expect(await shownEnds(widget)).toEqual(engineEnds([0.02, 0.1, 0.19].map((rate) => walk(rate, 0))));
  await expect(widget.getByText('oscillates', { exact: true })).toBeVisible();

  const momentum = widget.getByRole('slider', { name: 'Momentum' });
  await momentum.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect(momentum).toHaveAttribute('aria-valuetext', '0.05');
  expect(await shownEnds(widget)).toEqual(engineEnds([0.02, 0.1, 0.19].map((rate) => walk(rate, 0.05))));
});

test('DescentBowl: a rate out of range is answered, and Rosenbrock reports its divergence in words', async ({ page }) => {
  const widget = await openBowl(page);
  const third = widget.getByRole('spinbutton', { name: 'Learning rate, path 3' });
  await third.fill('5');
  await expect(third).toHaveAttribute('aria-invalid', 'true');
  await expect(third).toHaveAccessibleDescription('5 is too large; enter a number from 0.0001 to 1');
  await third.fill('0.21');
  await expect(widget.getByText('diverges', { exact: true })).toBeVisible();

  await widget.getByRole('combobox', { name: 'Loss surface' }).selectOption('rosenbrock');
  await expect(widget.getByRole('spinbutton', { name: 'Learning rate, path 3' })).toHaveValue('0.003');
  await expect(widget.getByText('diverged at step 4', { exact: true })).toBeVisible();
  await expect(widget.getByText(/the learning rate 0\.003 is too large for this loss surface/)).toBeAttached();
  const valley = rosenbrock();
  const runs = [0.001, 0.002, 0.003].map((learningRate) => descend(valley, { start: [-1.5, 2], learningRate, steps: 2000 }));
  expect(await shownEnds(widget)).toEqual(engineEnds(runs));

  // The link names only the surface; reopened, it still means Rosenbrock's own rates and start.
  await expect(page).toHaveURL(/db1\.surface=rosenbrock/);
  await page.reload();
  const reopened = await hydratedFigure(page, BOWL);
  await expect(reopened.getByRole('combobox', { name: 'Loss surface' })).toHaveValue('rosenbrock');
  expect(await shownEnds(reopened)).toEqual(engineEnds(runs));
});

test('DescentBowl: the URL reopens the same paths, and a tampered URL gets a note', async ({ page }) => {
  const widget = await openBowl(page, '', 1);
  await widget.getByRole('spinbutton', { name: 'Learning rate, path 1' }).fill('0.05');
  await widget.getByRole('spinbutton', { name: 'Steps' }).fill('80');
  // The URL is written once changes pause; wait for the write that holds both changes.
  await expect(page).toHaveURL(/db2\.learningRates=0\.05/);
  await expect(page).toHaveURL(/db2\.steps=80/);
  const before = await shownEnds(widget);

  await page.reload();
  const reopened = await hydratedFigure(page, BOWL, 1);
  await expect(reopened.getByRole('spinbutton', { name: 'Steps' })).toHaveValue('80');
  expect(await shownEnds(reopened)).toEqual(before);
  const bowl = elongatedBowl();
  expect(before).toEqual(engineEnds([descend(bowl, { start: [-4, 2], learningRate: 0.05, momentum: 0.9, steps: 80 })]));

  const tampered = await openBowl(page, '?db1.start=9,9', 0);
  await expect(tampered.getByRole('status').filter({ hasText: 'the link set' })).toContainText(
    'the link set start=9,9, but it must be a pair of numbers from -5 to 5; showing -4, 2',
  );
  await expect(tampered.getByRole('spinbutton', { name: 'Start x' })).toHaveValue('-4');
});

test('DescentBowl: a link naming only Rosenbrock brings its own rates and start; 5000 steps draw one dot per pixel at most', async ({ page }) => {
  const widget = await openBowl(page, '?db1.surface=rosenbrock&db1.steps=5000');
  await expect(widget.getByRole('spinbutton', { name: 'Learning rate, path 1' })).toHaveValue('0.001');
  await expect(widget.getByRole('spinbutton', { name: 'Start x' })).toHaveValue('-1.5');
  await expect(widget.getByRole('spinbutton', { name: 'Steps' })).toHaveValue('5000');
  const valley = rosenbrock();
  const walk = (learningRate: number, momentum: number) => descend(valley, { start: [-1.5, 2], learningRate, momentum, steps: 5000 });
  await expect.poll(() => shownEnds(widget)).toEqual(engineEnds([0.001, 0.002, 0.003].map((rate) => walk(rate, 0))));

  // The crawl's 5000 steps are drawn thinned: a few hundred dots, not one per step.
  const crawl = widget.getByLabel(/^Path of gradient descent with learning rate 0\.001 /);
  const dots = await crawl.locator('circle').count();
  expect(dots).toBeGreaterThan(30);
  expect(dots).toBeLessThan(210);
  // The contour lines are the group drawn at 0.45 opacity (finish-figure.ts takes Plot's inner names off).
  const contours = () => crawl.locator('g[stroke-opacity="0.45"] path').evaluateAll((paths) => paths.map((path) => path.getAttribute('d')));
  const traced = await contours();
  expect(traced.length).toBeGreaterThan(3);

  // A new momentum redraws every path over the same contour lines (kept, not traced again).
  await widget.getByRole('slider', { name: 'Momentum' }).focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect.poll(() => shownEnds(widget)).toEqual(engineEnds([0.001, 0.002, 0.003].map((rate) => walk(rate, 0.03))));
  expect(await contours()).toEqual(traced);
});

test('DescentBowl: a redraw swaps what each panel\'s SVG holds, keeping the SVG and its <style>; ids stay unique and the SVG one named image', async ({ page }) => {
  const widget = await openBowl(page);
  const plots = widget.locator('[data-role="panel-plot"]');
  // The first look marks the SVGs the build drew and their <style>s, so that later looks can tell them apart from new ones.
  const shown = (isFirstLook = false) =>
    plots.evaluateAll((containers, isFirstLook) =>
      containers.map((container, i) => {
        const svg = container.querySelector('svg') as (SVGSVGElement & { kept?: number }) | null;
        const style = svg?.querySelector(':scope > style') as (HTMLStyleElement & { kept?: number }) | null;
        const isKept = svg?.kept === i && style?.kept === i;
        if (svg && style && isFirstLook) [svg.kept, style.kept] = [i, i];
        const ids = Array.from(container.querySelectorAll('[id]'), (element) => element.id);
        const references = Array.from(container.querySelectorAll('[clip-path]'), (element) => element.getAttribute('clip-path')!.slice(5, -1));
        return {
          isKept,
          svgs: container.querySelectorAll('svg').length,
          styles: svg?.querySelectorAll('style').length,
          role: svg?.getAttribute('role'),
          label: svg?.getAttribute('aria-label'),
          ids: ids.every((id) => id.startsWith(`${container.closest('[data-widget]')!.id}-panel-plot-${i + 1}-def-`)) && new Set(ids).size === ids.length,
          references: references.length > 0 && references.every((id) => ids.includes(id)),
        };
      }),
    isFirstLook,
  );
  const label = (rate: number) => `Path of gradient descent with learning rate ${rate} over the contour lines`;
  const expected = (rates: number[], isKept: boolean) => rates.map((rate) => ({ isKept, svgs: 1, styles: 1, role: 'img', label: label(rate), ids: true, references: true }));
  expect(await shown(true)).toEqual(expected([0.02, 0.1, 0.19], false));

  await widget.getByRole('spinbutton', { name: 'Learning rate, path 1' }).fill('0.05');
  await expect(widget.getByRole('img', { name: label(0.05) })).toBeVisible();
  await expect.poll(() => shown()).toEqual(expected([0.05, 0.1, 0.19], true));
  await expect(widget.locator('[data-role="panel-readout"]').first()).toHaveText(/^50 steps, loss /);
  expect(await page.evaluate(() => new Set(Array.from(document.querySelectorAll('[id]'), (element) => element.id)).size === document.querySelectorAll('[id]').length)).toBe(true);
});

test('DescentBowl: the turned bowl and its remedies by keyboard; paths match the engine, a bad angle is answered, the URL reopens them', async ({ page }) => {
  // The third bowl of the chapter is turned by 30°, with rates 0.1 and 0.19.
  const widget = await openBowl(page, '', 2);
  const angle = widget.getByRole('spinbutton', { name: 'Valley angle, degrees (bowl)' });
  await expect(angle).toHaveValue('30');
  await expect(widget.getByText('zig-zags across the valley (floor at 30°), settles along it; loss still above 0.001 after 50 steps')).toBeVisible();

  // The arrow keys turn it by 15° a step; the zig-zag turns with it.
  await angle.focus();
  await page.keyboard.press('ArrowUp');
  await expect(angle).toHaveValue('45');
  await expect(widget.getByText(/^zig-zags across the valley \(floor at 45°\)/)).toBeVisible();
  const turned = turnedBowl({ angle: 45 });
  const walk = (learningRate: number, stepScales?: number[]) => descend(turned, { start: [-4, 2], learningRate, steps: 50, stepScales });
  await expect.poll(() => shownEnds(widget)).toEqual(engineEnds([0.1, 0.19].map((rate) => walk(rate))));

  // A step size per coordinate, chosen by keyboard: at 45° it is one rate, η/5.5, in disguise.
  const remedy = widget.getByRole('combobox', { name: 'Remedy (bowl)' });
  await remedy.focus();
  await remedy.selectOption('per-parameter');
  const perCoordinate = diagonalScales(turned).map((s) => s * s);
  await expect.poll(() => shownEnds(widget)).toEqual(engineEnds([0.1, 0.19].map((rate) => walk(rate, perCoordinate))));
  await expect(widget.getByText(/condition number 10, stable for η below 1\.1\./)).toBeAttached();

  // An angle out of range is answered inline; the figure keeps its last good state.
  await angle.fill('200');
  await expect(angle).toHaveAttribute('aria-invalid', 'true');
  await expect(angle).toHaveAccessibleDescription('200 is too large; enter a number from -90 to 90');
  await expect.poll(() => shownEnds(widget)).toEqual(engineEnds([0.1, 0.19].map((rate) => walk(rate, perCoordinate))));

  await expect(page).toHaveURL(/db3\.angle=45/);
  await expect(page).toHaveURL(/db3\.remedy=per-parameter/);
  await page.reload();
  const reopened = await hydratedFigure(page, BOWL, 2);
  await expect(reopened.getByRole('combobox', { name: 'Remedy (bowl)' })).toHaveValue('per-parameter');
  await expect.poll(() => shownEnds(reopened)).toEqual(engineEnds([0.1, 0.19].map((rate) => walk(rate, perCoordinate))));

  // On Rosenbrock the angle and the remedy do not apply: their controls are disabled.
  await reopened.getByRole('combobox', { name: 'Loss surface' }).selectOption('rosenbrock');
  await expect(reopened.getByRole('combobox', { name: 'Remedy (bowl)' })).toBeDisabled();
  await expect(reopened.getByRole('spinbutton', { name: 'Valley angle, degrees (bowl)' })).toBeDisabled();
});
