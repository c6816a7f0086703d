/**
 * Text alternatives: every widget states what it shows in a summary, and the summary follows
 * the figure: changing one setting of each interactive widget changes its words.
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from '../../fixtures';

/** Changes the widget's first choice, or else its first number box; false if it has neither. */
async function changeOneSetting(widget: Locator): Promise<boolean> {
  const select = widget.locator('select:enabled').first();
  if ((await select.count()) > 0) {
    const options = await select.locator('option').evaluateAll((all) => all.map((option) => (option as HTMLOptionElement).value));
    const current = await select.inputValue();
    await select.selectOption(options.find((value) => value !== current) ?? current);
    return true;
  }
  const box = widget.locator('input[type="number"]:enabled').first();
  if ((await box.count()) === 0) return false;
  const value = Number(await box.inputValue());
  await box.fill(String(value + 1));
  await box.press('Enter');
  return true;
}

/** For every widget of the page (all started): one summary, not empty, rewritten by a change (soft failures). */
export async function expectSummariesFollow(page: Page): Promise<void> {
  const widgets = page.locator('[data-widget]');
  for (let i = 0; i < (await widgets.count()); i++) {
    const widget = widgets.nth(i);
    const name = `${await widget.getAttribute('data-widget')} #${await widget.getAttribute('id')}`;
    const summary = widget.locator('[data-role="summary"]');
    await expect.soft(summary, `${name} has one summary`).toHaveCount(1);
    if ((await summary.count()) !== 1) continue;
    const before = (await summary.textContent())?.trim() ?? '';
    expect.soft(before, `${name}: summary text`).not.toBe('');
    if ((await widget.getAttribute('data-prefix')) === null) continue;
    if (!(await changeOneSetting(widget))) continue;
    // A widget that trains states its result once the new run has finished.
    const run = widget.getByRole('button', { name: /^Run/ });
    if ((await run.count()) > 0) await run.click();
    await expect.soft(summary, `${name}: the summary after one setting changed`).not.toHaveText(before, { timeout: 90_000 });
  }
}
