import type { Locator, Page } from '@playwright/test';
import { descend, parabola } from '../../../src/engine/index';
import { expect, hydratedFigure, pagePath, test } from '../fixtures';

const CURVE = /Walking downhill in one dimension/;

/** The chapter's first walk: parabola (λ = 1) from θ = 3, η = 0.1, 20 steps. */
async function openCurve(page: Page, query = '', index = 0): Promise<Locator> {
  await page.goto(`${pagePath('learning-rate')}${query}`);
  return hydratedFigure(page, CURVE, index);
}

function walkOnParabola(learningRate: number, steps = 20) {
  return descend(parabola(1), { start: [3], learningRate, steps });
}

/** The exact end of the walk the figure shows, read from its readout. */
async function shownEnd(widget: Locator) {
  const readout = widget.getByText(/^after \d+ steps: θ = /);
  return {
    theta: Number(await readout.getAttribute('data-theta')),
    loss: Number(await readout.getAttribute('data-loss')),
    steps: Number(await readout.getAttribute('data-steps')),
  };
}

test('DescentCurve: the learning-rate slider moves by keyboard and the walk matches the engine', async ({ page }) => {
  const widget = await openCurve(page);
  const first = walkOnParabola(0.1);
  expect(await shownEnd(widget)).toEqual({ theta: first.points[20][0], loss: first.losses[20], steps: 20 });
  await expect(widget.getByText(/^converges: the walk settles/)).toBeVisible();

  const slider = widget.getByRole('slider', { name: 'Learning rate' });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', '0.19');
  await expect(widget.getByRole('spinbutton', { name: 'Exact learning rate η' })).toHaveValue('0.19');
  const faster = walkOnParabola(0.19);
  expect(await shownEnd(widget)).toEqual({ theta: faster.points[20][0], loss: faster.losses[20], steps: 20 });

  await page.keyboard.press('End');
  await expect(slider).toHaveAttribute('aria-valuetext', '10');
  const blownUp = walkOnParabola(10);
  expect(blownUp.divergence?.step).toBe(4);
  await expect(
    widget.getByText(
      'diverged at step 4: the loss rose from 4.5 to 1.94 × 10⁸, more than 10⁶ times its start; the learning rate 10 is too large for this loss curve',
      { exact: true },
    ),
  ).toBeVisible();
  expect((await shownEnd(widget)).steps).toBe(4);
});

test('DescentCurve: a bad number is answered next to its field and the walk keeps its last good state', async ({ page }) => {
  const widget = await openCurve(page);
  const steps = widget.getByRole('spinbutton', { name: 'Steps' });
  await steps.fill('1000');
  await expect(steps).toHaveAttribute('aria-invalid', 'true');
  await expect(steps).toHaveAccessibleDescription('1000 is too large; enter an integer from 1 to 100');
  expect((await shownEnd(widget)).steps).toBe(20);
  await steps.fill('');
  await expect(steps).toHaveAccessibleDescription('the field is empty; enter an integer from 1 to 100');
  await steps.fill('5');
  await expect(steps).not.toHaveAttribute('aria-invalid', 'true');
  expect((await shownEnd(widget)).theta).toBe(walkOnParabola(0.1, 5).points[5][0]);
});

test('DescentCurve: the URL reopens the same walk, and a tampered URL gets a note', async ({ page }) => {
  const widget = await openCurve(page);
  await widget.getByRole('combobox', { name: 'Loss curve' }).selectOption('hills');
  await widget.getByRole('spinbutton', { name: 'Start θ₀' }).fill('-2');
  // The URL is written once changes pause; wait for the write that holds both changes.
  await expect(page).toHaveURL(/dc1\.curve=hills/);
  await expect(page).toHaveURL(/dc1\.start=-2/);
  await expect(widget.getByRole('spinbutton', { name: 'Curvature λ' })).toBeHidden();
  const before = await shownEnd(widget);
  const summary = await widget.getByText(/^The walk starts at θ = −2/).textContent();

  await page.reload();
  const reopened = await hydratedFigure(page, CURVE);
  await expect(reopened.getByRole('combobox', { name: 'Loss curve' })).toHaveValue('hills');
  expect(await shownEnd(reopened)).toEqual(before);
  await expect(reopened.getByText(/^The walk starts at θ = −2/)).toHaveText(summary ?? '');

  const tampered = await openCurve(page, '?dc1.curve=valley&dc1.steps=NaN');
  const note = tampered.getByRole('status').filter({ hasText: 'the link set' });
  await expect(note).toContainText('the link set curve=valley, but it must be one of "parabola", "hills"; showing parabola');
  await expect(note).toContainText('the link set steps=NaN, but it must be an integer from 1 to 100; showing 20');
  expect((await shownEnd(tampered)).steps).toBe(20);
});

test('DescentCurve: the chapter\'s second copy starts past the limit and names the regime', async ({ page }) => {
  const second = await openCurve(page, '', 1);
  await expect(second.getByText(/^diverges: each step overshoots by more than the last/)).toBeVisible();
  const walk = walkOnParabola(2.1);
  expect((await shownEnd(second)).theta).toBe(walk.points[20][0]);
});
