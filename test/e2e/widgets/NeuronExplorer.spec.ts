import { neuron } from '../../../src/engine/index';
import { formatNumber } from '../../../components/shared/format';
import { expect, hydratedFigure, pagePath, test } from '../fixtures';
import type { Page } from '@playwright/test';

const EXPLORER = /Neuron explorer/;

/** The chapter's first explorer: x = (1, 2, −1), w = (0.4, −0.3, 0.8), b = 0.5, sigmoid. */
async function openExplorer(page: Page, query = '') {
  await page.goto(`${pagePath('neuron')}${query}`);
  return hydratedFigure(page, EXPLORER);
}

function expectedSummary(values: number[], weights: number[], bias: number, activation: 'sigmoid' | 'tanh') {
  const steps = neuron.neuronForward({ values, weights, bias, activation });
  return `z = ${formatNumber(steps.z)}, and ${activation}(z) gives the output y = ${formatNumber(steps.y)}`;
}

test('NeuronExplorer: the bias moves by keyboard and z, y match the engine', async ({ page }) => {
  const widget = await openExplorer(page);
  const summary = widget.getByText(/The products x·w are/);
  await expect(summary).toContainText(expectedSummary([1, 2, -1], [0.4, -0.3, 0.8], 0.5, 'sigmoid'));

  const bias = widget.getByRole('spinbutton', { name: 'Bias b' });
  await bias.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowUp');
  await expect(bias).toHaveValue('1');
  // The chapter's promise: b = 1 puts z at exactly 0 and y at the sigmoid's midpoint.
  await expect(summary).toContainText('z = 0, and sigmoid(z) gives the output y = 0.5');
  await expect(widget.getByRole('img', { name: /Neuron diagram/ })).toHaveAttribute('aria-label', /sum z = 0, output y = 0\.5/);

  await widget.getByRole('combobox', { name: 'Activation f' }).selectOption('tanh');
  await expect(summary).toContainText(expectedSummary([1, 2, -1], [0.4, -0.3, 0.8], 1, 'tanh'));
});

test('NeuronExplorer: with b = 1 the sum is exactly 0 and the step gives 1, as the chapter states step(0) = 1', async ({ page }) => {
  const widget = await openExplorer(page);
  const bias = widget.getByRole('spinbutton', { name: 'Bias b' });
  await bias.fill('1');
  await bias.press('Enter');
  await widget.getByRole('combobox', { name: 'Activation f' }).selectOption('step');
  await expect(widget.getByText(/The products x·w are/)).toContainText('z = 0, and step(z) gives the output y = 1.');
  await expect(widget.getByRole('img', { name: /Neuron diagram/ })).toHaveAttribute('aria-label', /sum z = 0, output y = 1\./);
});

test('NeuronExplorer: more inputs add rows, and a bad value is answered, not obeyed', async ({ page }) => {
  const widget = await openExplorer(page);
  const count = widget.getByRole('spinbutton', { name: 'Number of inputs' });
  await count.focus();
  await page.keyboard.press('ArrowUp');
  await expect(widget.getByRole('spinbutton', { name: 'x4' })).toBeVisible();
  const summary = widget.getByText(/The products x·w are/);
  await expect(summary).toContainText(expectedSummary([1, 2, -1, 0.5], [0.4, -0.3, 0.8, 0.5], 0.5, 'sigmoid'));

  const x1 = widget.getByRole('spinbutton', { name: 'x1' });
  await x1.fill('99');
  await expect(x1).toHaveAttribute('aria-invalid', 'true');
  await expect(x1).toHaveAccessibleDescription('99 is too large; enter a number from -10 to 10');
  // The figure keeps its last good state.
  await expect(summary).toContainText(expectedSummary([1, 2, -1, 0.5], [0.4, -0.3, 0.8, 0.5], 0.5, 'sigmoid'));
  await x1.fill('');
  await expect(x1).toHaveAccessibleDescription('the field is empty; enter a number from -10 to 10');
  await x1.fill('-2');
  await expect(x1).not.toHaveAttribute('aria-invalid', 'true');
  await expect(summary).toContainText(expectedSummary([-2, 2, -1, 0.5], [0.4, -0.3, 0.8, 0.5], 0.5, 'sigmoid'));
});

test('NeuronExplorer: the URL reopens the same figure, and a tampered URL gets a note', async ({ page }) => {
  const widget = await openExplorer(page);
  await widget.getByRole('spinbutton', { name: 'w2' }).fill('1.5');
  await widget.getByRole('combobox', { name: 'Activation f' }).selectOption('relu');
  // The URL is written once changes pause; wait for the write that holds both changes.
  await expect(page).toHaveURL(/ne1\.weights=0\.4,1\.5,0\.8/);
  await expect(page).toHaveURL(/ne1\.activation=relu/);
  const shown = await widget.getByText(/The products x·w are/).textContent();

  await page.reload();
  const reopened = await hydratedFigure(page, EXPLORER);
  await expect(reopened.getByRole('spinbutton', { name: 'w2' })).toHaveValue('1.5');
  await expect(reopened.getByRole('combobox', { name: 'Activation f' })).toHaveValue('relu');
  await expect(reopened.getByText(/The products x·w are/)).toHaveText(shown ?? '');

  const tampered = await openExplorer(page, '?ne1.inputs=9&ne1.bias=abc');
  await expect(tampered.getByRole('status').first()).toContainText('the link set inputs=9, but it must be an integer from 2 to 5; showing 3');
  await expect(tampered.getByRole('status').first()).toContainText('bias=abc');
  await expect(tampered.getByRole('spinbutton', { name: 'Bias b' })).toHaveValue('0.5');
});

test('NeuronExplorer: a link giving only the number of inputs shows that many rows, as typing it does', async ({ page }) => {
  // The page gives three values and weights; ?ne1.inputs=5 fills rows 4 and 5 with the default rows, no note.
  const widget = await openExplorer(page, '?ne1.inputs=5');
  await expect(widget.getByRole('spinbutton', { name: 'Number of inputs' })).toHaveValue('5');
  await expect(widget.getByRole('spinbutton', { name: 'x5' })).toBeVisible();
  await expect(widget.getByRole('spinbutton', { name: 'w5' })).toHaveValue('-0.2');
  await expect(widget.getByText(/The products x·w are/)).toContainText(
    expectedSummary([1, 2, -1, 0.5, -2], [0.4, -0.3, 0.8, 0.5, -0.2], 0.5, 'sigmoid'),
  );
  await expect(widget.locator('[data-role="notes"]')).toBeHidden();
  const two = await openExplorer(page, '?ne1.inputs=2');
  await expect(two.getByRole('spinbutton', { name: 'x3' })).toBeHidden();
  await expect(two.getByText(/The products x·w are/)).toContainText(expectedSummary([1, 2], [0.4, -0.3], 0.5, 'sigmoid'));
});
