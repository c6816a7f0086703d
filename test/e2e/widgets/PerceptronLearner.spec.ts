import { neuron } from '../../../src/engine/index';
import { readouts } from '../../../components/PerceptronLearner/figure';
import { expect, hydratedFigure, pagePath, test } from '../fixtures';
import type { Locator, Page } from '@playwright/test';

const LEARNER = /Learning by itself/;

/** The chapter's learners: 1st AND/perceptron/η 1/seed 1, 2nd AND/gradient/η 0.5, 3rd XOR/perceptron/η 1. */
async function openLearner(page: Page, index: number, query = '') {
  await page.goto(`${pagePath('neuron')}${query}`);
  return hydratedFigure(page, LEARNER, index);
}

/** The engine's learner after `steps` updates, for comparing the numbers shown. */
function engineAt(gate: neuron.GateName, rule: neuron.LearningRule, learningRate: number, steps: number) {
  const learner = neuron.createLearner(neuron.gateDataset(gate), { rule, learningRate, seed: 1 });
  while (learner.steps < steps) neuron.learnStepInPlace(learner);
  return learner;
}

function settledRun() {
  const learner = engineAt('and', 'perceptron', 1, 0);
  while (!neuron.hasSettled(learner)) neuron.learnStepInPlace(learner);
  return learner;
}

test('PerceptronLearner: Step by keyboard, then Play until the perceptron settles on AND', async ({ page }) => {
  const widget = await openLearner(page, 0);
  const step = widget.getByRole('button', { name: 'Step' });
  await step.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Space');
  const afterTwo = readouts(engineAt('and', 'perceptron', 1, 2));
  await expect(widget.getByText(/^Step \d+, pass/)).toHaveText(afterTwo.progress);
  await expect(widget.getByText(/^w₁ = /)).toHaveText(afterTwo.line);

  await widget.getByRole('button', { name: 'Play' }).click();
  const settled = settledRun();
  await expect(widget.getByRole('status').filter({ hasText: 'Settled' })).toContainText(
    `after ${settled.steps} steps (${settled.passes} passes) a whole pass made no mistake`,
  );
  await expect(widget.getByText(/^w₁ = /)).toHaveText(readouts(settled).line);
  await expect(widget.getByText(/corners wrong now/)).toHaveText(/^0 of 4 corners wrong now; last pass: 0$/);
  await expect(widget.getByRole('button', { name: 'Play' })).toBeDisabled();

  await expect(page).toHaveURL(new RegExp(`pl1\\.steps=${settled.steps}`));
  await page.reload();
  const reopened = await hydratedFigure(page, LEARNER);
  await expect(reopened.getByText(/^w₁ = /)).toHaveText(readouts(settled).line);
  await expect(reopened.getByRole('status').filter({ hasText: 'Settled' })).toBeVisible();

  await reopened.getByRole('button', { name: 'Reset' }).click();
  await expect(reopened.getByText(/^Step \d+, pass/)).toHaveText('Step 0, pass 1');
});

/** What has the keyboard focus: its tag, and whether it lies inside `figure` (not the page's body). */
function focusOf(figure: Locator) {
  return figure.evaluate((root) => {
    const active = document.activeElement;
    return { tag: active?.tagName ?? 'none', isInFigure: active !== null && root.contains(active) };
  });
}

test('PerceptronLearner: when Play or Step reaches the end, focus stays on a button of the figure', async ({ page }) => {
  const settled = settledRun();
  let widget = await openLearner(page, 0);
  const play = widget.getByRole('button', { name: 'Play' });
  await play.focus();
  await page.keyboard.press('Enter');
  await expect(widget.getByRole('status').filter({ hasText: 'Settled' })).toBeVisible();
  await expect(play).toBeDisabled();
  expect(await focusOf(widget)).toEqual({ tag: 'BUTTON', isInFigure: true });
  await expect(widget.getByRole('button', { name: 'Reset' })).toBeFocused();

  widget = await openLearner(page, 0, `?pl1.steps=${settled.steps - 1}`);
  const step = widget.getByRole('button', { name: 'Step' });
  await step.focus();
  await page.keyboard.press('Enter');
  await expect(widget.getByRole('status').filter({ hasText: 'Settled' })).toBeVisible();
  await expect(step).toBeDisabled();
  expect(await focusOf(widget)).toEqual({ tag: 'BUTTON', isInFigure: true });
  await page.keyboard.press('Space');
  await expect(widget.getByText(/^Step \d+, pass/)).toHaveText('Step 0, pass 1');
  await expect(step).toBeEnabled();
});

test('PerceptronLearner: a new gate starts again from step 0, and the link reopens that run', async ({ page }) => {
  const widget = await openLearner(page, 0);
  const progress = widget.getByText(/^Step \d+, pass/);
  for (let i = 0; i < 3; i++) await widget.getByRole('button', { name: 'Step' }).click();
  await expect(progress).toHaveText('Step 3, pass 1');
  await widget.getByRole('combobox', { name: 'Gate' }).selectOption('or');
  await expect(progress).toHaveText('Step 0, pass 1');
  await widget.getByRole('button', { name: 'Step' }).click();
  const afterOne = readouts(engineAt('or', 'perceptron', 1, 1));
  await expect(widget.getByText(/^w₁ = /)).toHaveText(afterOne.line);
  await expect(page).toHaveURL(/pl1\.gate=or&.*pl1\.steps=1(&|$)/);
  await page.reload();
  const reopened = await hydratedFigure(page, LEARNER);
  await expect(reopened.getByText(/^Step \d+, pass/)).toHaveText(afterOne.progress);
  await expect(reopened.getByRole('combobox', { name: 'Gate' })).toHaveValue('or');
});

test('PerceptronLearner: a bad learning rate is refused; gradient descent lowers the loss', async ({ page }) => {
  const widget = await openLearner(page, 1);
  const rate = widget.getByRole('spinbutton', { name: 'Learning rate' });
  await rate.fill('0');
  await expect(rate).toHaveAccessibleDescription('0 is too small; enter a number from 0.001 to 10');
  await rate.fill('0.5');
  await expect(rate).not.toHaveAttribute('aria-invalid', 'true');

  for (let i = 0; i < 3; i++) await widget.getByRole('button', { name: 'Step' }).click();
  await expect(widget.getByText(/^cross-entropy/)).toHaveText(readouts(engineAt('and', 'gradient', 0.5, 3)).loss);
  await widget.getByRole('button', { name: 'Play' }).click();
  await expect(widget.getByText(/corners wrong now/)).toContainText(/^0 of 4/, { timeout: 20_000 });
  await widget.getByRole('button', { name: 'Pause' }).click();
  const steps = Number((await widget.getByText(/^Step \d+, pass/).textContent())?.match(/Step (\d+)/)?.[1]);
  await expect(widget.getByText(/^cross-entropy/)).toHaveText(readouts(engineAt('and', 'gradient', 0.5, steps)).loss);
});

test('PerceptronLearner: on XOR every pass keeps making mistakes', async ({ page }) => {
  const widget = await openLearner(page, 2);
  await widget.getByRole('button', { name: 'Play' }).click();
  await expect(widget.getByRole('status').filter({ hasText: 'no single line separates XOR' })).toBeVisible({ timeout: 20_000 });
  await widget.getByRole('button', { name: 'Pause' }).click();
  await expect(widget.getByText(/corners wrong now/)).not.toContainText('last pass: 0');
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('PerceptronLearner: Play jumps five passes at a time instead of animating each one', async ({ page }) => {
    const widget = await openLearner(page, 2);
    await widget.getByRole('button', { name: 'Play' }).click();
    await expect(widget.getByText(/^Step \d+, pass/)).not.toHaveText('Step 0, pass 1');
    await widget.getByRole('button', { name: 'Pause' }).click();
    const steps = Number((await widget.getByText(/^Step \d+, pass/).textContent())?.match(/Step (\d+)/)?.[1]);
    expect(steps % 20).toBe(0);
    await expect(widget.getByText(/^w₁ = /)).toHaveText(readouts(engineAt('xor', 'perceptron', 1, steps)).line);
  });
});

test('PerceptronLearner: a link past the settling step shows the settling step and says so', async ({ page }) => {
  const settled = settledRun();
  const widget = await openLearner(page, 0, '?pl1.steps=999');
  await expect(widget.getByText(/^Step \d+, pass/)).toHaveText(readouts(settled).progress);
  await expect(widget.getByRole('status').filter({ hasText: 'Settled' })).toContainText(
    `The link asked for step 999, but nothing changes after step ${settled.steps}, so the figure shows step ${settled.steps}.`,
  );
  await expect(page).toHaveURL(new RegExp(`pl1\\.steps=${settled.steps}(&|$)`));
});

test('PerceptronLearner: the URL follows Play while it runs', async ({ page }) => {
  // XOR never settles, so Play keeps going (a pass per 220 ms tick); the URL writer must not wait for a pause.
  const widget = await openLearner(page, 2);
  await widget.getByRole('button', { name: 'Play' }).click();
  await expect(page).toHaveURL(/pl3\.steps=\d+/, { timeout: 3000 });
  await expect(widget.getByRole('button', { name: 'Pause' })).toBeVisible();
  await widget.getByRole('button', { name: 'Pause' }).click();
});
