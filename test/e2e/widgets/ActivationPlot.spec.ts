import { expect, pagePath, test } from '../fixtures';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('ActivationPlot is drawn at build time: five panels, then ReLU, leaky ReLU and GELU, each with a caption and a text alternative', async ({ page }) => {
    await page.goto(pagePath('neuron'));
    const figures = page.getByRole('img', { name: /Each panel plots an activation f\(z\) as a solid line and its slope/ });
    await expect(figures).toHaveCount(2);
    const figure = figures.first();
    await expect(figure).toBeVisible();
    await expect(figure.locator('svg')).toHaveCount(5);
    await expect(figure).toHaveAccessibleName(/Sigmoid σ rises smoothly from 0 to 1/);
    await expect(page.getByText(/Activation functions f\(z\) \(solid\) and their slopes/).first()).toBeVisible();
    // The two modern variations the text describes, beside ReLU.
    const modern = figures.nth(1);
    await expect(modern.locator('svg')).toHaveCount(3);
    await expect(modern).toHaveAccessibleName(/ReLU is 0 for negative z.*Leaky ReLU is 0\.01·z for negative z.*GELU is close to 0/);
  });

  test('the interactive figures still show their first state before JavaScript', async ({ page }) => {
    await page.goto(pagePath('neuron'));
    const explorer = page.getByRole('figure', { name: /Neuron explorer/ });
    await expect(explorer.getByText(/they sum to z = −0\.5, and sigmoid\(z\) gives the output y = 0\.378/)).toBeVisible();
    await expect(explorer.getByRole('img', { name: /Neuron diagram/ })).toBeVisible();
    const boundary = page.getByRole('figure', { name: /A neuron draws a line/ }).nth(1);
    await expect(boundary.getByText(/^Accuracy: 2 of 4 points \(50 %\)/)).toBeVisible();
    const learner = page.getByRole('figure', { name: /Learning by itself/ }).first();
    await expect(learner.getByRole('button', { name: 'Play' })).toBeDisabled();
  });
});
