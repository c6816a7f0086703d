import { neuron } from '../../../src/engine/index';
import { accuracyText } from '../../../components/shared/line-figure';
import { expect, hydratedFigure, pagePath, test } from '../fixtures';
import type { Page } from '@playwright/test';

const BOUNDARY = /A neuron draws a line/;

/** The chapter's boundaries: 1st on the blobs (seed 1), 2nd the OR line w = (1, 1), b = −0.5 on AND data. */
async function openBoundary(page: Page, index: number, query = '') {
  await page.goto(`${pagePath('neuron')}${query}`);
  return hydratedFigure(page, BOUNDARY, index);
}

test('NeuronBoundary: sliding the bias by keyboard fixes the AND line, and the accuracy matches the engine', async ({ page }) => {
  const widget = await openBoundary(page, 1);
  const and = neuron.gateDataset('and');
  await expect(widget.getByText(/^Accuracy:/)).toHaveText(`Accuracy: ${accuracyText({ w1: 1, w2: 1, bias: -0.5 }, and)}`);
  await expect(widget.getByText(/^Accuracy:/)).toContainText('2 of 4 points (50 %)');

  const slider = widget.getByRole('slider', { name: 'b' });
  await slider.focus();
  for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowLeft');
  await expect(slider).toHaveValue('-1.5');
  await expect(widget.getByRole('spinbutton', { name: 'b' })).toHaveValue('-1.5');
  await expect(widget.getByText(/^Accuracy:/)).toHaveText(`Accuracy: ${accuracyText({ w1: 1, w2: 1, bias: -1.5 }, and)}`);
  await expect(widget.getByText(/^Accuracy:/)).toContainText('4 of 4 points (100 %)');
  await expect(widget.getByText(/splits the plane/)).toContainText('no point is misclassified');
});

test('NeuronBoundary: a new seed redraws the blobs; a bad weight gets a message; the URL reopens it', async ({ page }) => {
  const widget = await openBoundary(page, 0);
  await widget.getByRole('button', { name: 'New seed' }).click();
  await expect(widget.getByRole('spinbutton', { name: 'Seed' })).toHaveValue('2');
  const w1 = widget.getByRole('spinbutton', { name: 'w₁' });
  await w1.fill('0.5');
  const blobs = neuron.neuronDataset('blobs', 2);
  const expected = `Accuracy: ${accuracyText({ w1: 0.5, w2: -1, bias: 0 }, blobs)}`;
  await expect(widget.getByText(/^Accuracy:/)).toHaveText(expected);
  await expect(widget.getByRole('slider', { name: 'w₁' })).toHaveValue('0.5');

  await w1.fill('11');
  await expect(w1).toHaveAttribute('aria-invalid', 'true');
  await expect(w1).toHaveAccessibleDescription('11 is too large; enter a number from -10 to 10');
  await expect(widget.getByText(/^Accuracy:/)).toHaveText(expected);

  await expect(page).toHaveURL(/nb1\.seed=2&nb1\.w1=0\.5/);
  await page.reload();
  const reopened = await hydratedFigure(page, BOUNDARY);
  await expect(reopened.getByRole('spinbutton', { name: 'Seed' })).toHaveValue('2');
  await expect(reopened.getByText(/^Accuracy:/)).toHaveText(expected);
});

test('NeuronBoundary: dragging on the plot slides the line through the pointer', async ({ page }) => {
  const widget = await openBoundary(page, 1);
  const plot = widget.getByRole('img', { name: /Decision line/ });
  // The whole plot on screen (the figure's top may be, its plot not), so the pointer lands on it.
  await plot.scrollIntoViewIfNeeded();
  const box = await plot.boundingBox();
  if (!box) throw new Error('the plot has no box');
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.5);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.75, box.y + box.height * 0.3, { steps: 4 });
  await page.mouse.up();
  const bias = Number(await widget.getByRole('spinbutton', { name: 'b' }).inputValue());
  // The pointer ended near (1.2, 1.2) in data units (x₁, x₂ ∈ [−0.5, 1.5]), so b ≈ −(1.2 + 1.2).
  expect(bias).toBeLessThan(-1.6);
  expect(bias).toBeGreaterThan(-3.2);
  await expect(page).toHaveURL(new RegExp(`nb2\\.bias=${bias}`));
});

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 800 } });

  test('NeuronBoundary: the soft readout is one line the size of the accuracy, and a box shows all of "-0.0001"', async ({ page }) => {
    const widget = await openBoundary(page, 0, '?nb1.w1=-0.0001&nb1.w2=0&nb1.bias=0');
    const soft = widget.locator('[data-role="soft"]');
    await expect(soft).toHaveText('0.1 < σ < 0.9 on the plot');
    const sizes = await widget.evaluate((root) => {
      const of = (role: string) => root.querySelector<HTMLElement>(`[data-role="${role}"]`)!;
      const box = root.querySelector<HTMLInputElement>('input[type="number"][data-role="w1"]')!;
      const line = parseFloat(getComputedStyle(of('soft')).lineHeight);
      return {
        soft: getComputedStyle(of('soft')).fontSize,
        accuracy: getComputedStyle(of('accuracy')).fontSize,
        lines: Math.round(of('soft').getBoundingClientRect().height / line),
        boxFits: box.scrollWidth <= box.clientWidth,
      };
    });
    expect(sizes.soft).toBe(sizes.accuracy);
    expect(sizes.lines).toBe(1);
    expect(sizes.boxFits).toBe(true);
    await expect(widget.getByRole('spinbutton', { name: 'w₁' })).toHaveValue('-0.0001');
  });
});
