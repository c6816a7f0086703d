import { expect, test } from '../fixtures';

// What the shared widget code promises for every widget built on it (defineView): typed numbers
// apply when complete, figures start offline once the page has loaded, and a figure whose code
// cannot load says so inside itself. That hostile links never stop a figure is checked on every
// page by test/e2e/site/security-injection.spec.ts, on the same loads as its script payloads.

test('a typed number applies when complete: typing 101 in Steps never draws 10 steps', async ({ page }) => {
  await page.goto('learning-rate/');
  const widget = page.locator('[data-widget="DescentCurve"]').first();
  await widget.scrollIntoViewIfNeeded();
  await expect(widget).toHaveAttribute('data-hydrated', 'true');
  const readout = widget.locator('[data-role="readout"]');
  const before = await readout.getAttribute('data-steps');
  await readout.evaluate((element) => {
    const seen: string[] = [];
    (window as unknown as { seenSteps: string[] }).seenSteps = seen;
    new MutationObserver(() => seen.push(element.getAttribute('data-steps') ?? '')).observe(element, { attributes: true });
  });
  const steps = widget.getByRole('spinbutton', { name: 'Steps' });
  await steps.fill('');
  await steps.pressSequentially('101', { delay: 120 });
  await expect(steps).toHaveAccessibleDescription('101 is too large; enter an integer from 1 to 100');
  await expect(readout).toHaveAttribute('data-steps', before ?? '');
  await steps.pressSequentially('', {});
  await steps.fill('');
  await steps.pressSequentially('12', { delay: 120 });
  await steps.press('Enter');
  await expect(readout).toHaveAttribute('data-steps', '12');
  const seen = await page.evaluate(() => (window as unknown as { seenSteps: string[] }).seenSteps);
  expect(seen.filter((value) => value === '10' || value === '1')).toEqual([]);
});

test('figures start offline once the page has loaded', async ({ page, context }) => {
  await page.goto('learning-rate/');
  await page.waitForLoadState('networkidle');
  // The views are fetched while the browser is idle after load.
  await page.waitForTimeout(1500);
  await context.setOffline(true);
  const widget = page.locator('[data-widget="DescentCurve"]').first();
  await widget.scrollIntoViewIfNeeded();
  await expect(widget).toHaveAttribute('data-hydrated', 'true');
  await context.setOffline(false);
});

test.describe('a figure whose code cannot load', () => {
  test.use({ allowedIssues: /view\.[\w-]+\.js|could not load|Failed to fetch dynamically imported module/ });
  test('says so inside the figure', async ({ page }) => {
    await page.route(/\/_astro\/view\.[\w-]+\.js$/, (route) => route.abort('internetdisconnected'));
    await page.goto('learning-rate/');
    const widget = page.locator('[data-widget="DescentCurve"]').first();
    await widget.scrollIntoViewIfNeeded();
    await expect(widget).toHaveAttribute('data-hydrated', 'failed');
    await expect(widget.getByRole('status')).toContainText('This figure could not start:');
    await expect(widget.getByRole('status')).toContainText('its code could not be loaded');
  });
});

test('focus stays on a live control when the focused button becomes disabled (Stop in the sweep)', async ({ page }) => {
  await page.goto('learning-rate/');
  const widget = page.locator('[data-widget="LearningRateSweep"]').first();
  await widget.scrollIntoViewIfNeeded();
  await expect(widget).toHaveAttribute('data-hydrated', 'true');
  await widget.getByRole('spinbutton', { name: 'Steps per rate' }).fill('2000');
  await widget.getByRole('spinbutton', { name: 'Steps per rate' }).press('Enter');
  await widget.getByRole('button', { name: 'Run sweep' }).press('Enter');
  await widget.getByRole('button', { name: 'Stop' }).press('Enter');
  await expect(widget).toHaveAttribute('data-sweep', 'stopped', { timeout: 30_000 });
  await expect(widget.getByRole('button', { name: 'Stop' })).toBeDisabled();
  const focused = await page.evaluate(() => {
    const active = document.activeElement;
    return { tag: active?.tagName, inFigure: !!active?.closest('[data-widget="LearningRateSweep"]'), disabled: (active as HTMLButtonElement | null)?.disabled };
  });
  expect(focused).toEqual({ tag: 'BUTTON', inFigure: true, disabled: false });
});
