/**
 * Every widget on the page, walked with the Tab key alone: each control inside the figure is
 * reached, in DOM order, and shows a visible focus indicator (an outline or a box-shadow) while
 * focused. What each control does from the keyboard is driven by the widget's own spec.
 * It leaves an unfocusable marker before each figure (the walk's start), so run axe before it.
 */
import type { Page } from '@playwright/test';
import { expect } from '../../fixtures';

const FOCUSABLE = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]';

/** Numbers the widget's tabbable controls in DOM order and returns how they read. */
function markControls(page: Page, widgetIndex: number): Promise<string[]> {
  return page.evaluate(
    ({ widgetIndex, selector }) => {
      const widget = document.querySelectorAll('[data-widget]')[widgetIndex] as HTMLElement;
      const controls = [...widget.querySelectorAll<HTMLElement>(selector)].filter(
        (element) => element.tabIndex >= 0 && !(element as HTMLButtonElement).disabled && element.checkVisibility({ visibilityProperty: true }),
      );
      controls.forEach((control, i) => (control.dataset.keyboardWalk = String(i)));
      // Focus starts just before the figure, as if the reader had tabbed through the text above.
      const start = document.createElement('span');
      start.tabIndex = -1;
      start.dataset.keyboardWalk = 'start';
      widget.before(start);
      start.focus();
      return controls.map((control) => `${control.tagName.toLowerCase()} "${control.getAttribute('aria-label') ?? control.textContent?.trim().slice(0, 30) ?? ''}"`);
    },
    { widgetIndex, selector: FOCUSABLE },
  );
}

/**
 * Records, on every focus change, the walk index of the focused element, whether its focus
 * can be seen, and whether it lies inside widget `widgetIndex`; read back by `recordedFocus`.
 * One browser round trip a Tab instead of two: a key press, then one read at the end.
 */
interface FocusRecord {
  /** The walk index (`data-keyboard-walk`) of the element focused, or null if it has none. */
  index: string | null;
  indicator: string;
  /** Whether the element lies inside the widget being walked. */
  isInside: boolean;
}

type WalkWindow = Window & { __focusWalk?: { records: FocusRecord[]; listener: () => void } };

function recordFocus(page: Page, widgetIndex: number): Promise<void> {
  return page.evaluate((widgetIndex) => {
    const walk = window as WalkWindow;
    if (walk.__focusWalk) document.removeEventListener('focusin', walk.__focusWalk.listener);
    const widget = document.querySelectorAll('[data-widget]')[widgetIndex];
    const records: FocusRecord[] = [];
    const listener = () => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element.dataset.keyboardWalk === 'start') return;
      const style = getComputedStyle(element);
      const hasOutline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      const hasShadow = style.boxShadow !== 'none';
      records.push({
        index: element.dataset.keyboardWalk ?? null,
        indicator: hasOutline || hasShadow ? 'visible' : `none (outline ${style.outlineStyle} ${style.outlineWidth}, box-shadow ${style.boxShadow})`,
        isInside: widget.contains(element),
      });
    };
    walk.__focusWalk = { records, listener };
    document.addEventListener('focusin', listener);
  }, widgetIndex);
}

function recordedFocus(page: Page): Promise<FocusRecord[]> {
  return page.evaluate(() => (window as WalkWindow).__focusWalk?.records ?? []);
}

/** Tabs through every widget of the page (all started); a soft failure lists every problem. */
export async function expectKeyboardWalk(page: Page): Promise<void> {
  const widgetCount = await page.locator('[data-widget]').count();
  const problems: string[] = [];
  for (let w = 0; w < widgetCount; w++) {
    const widget = page.locator('[data-widget]').nth(w);
    const name = `${await widget.getAttribute('data-widget')} #${await widget.getAttribute('id')}`;
    const controls = await markControls(page, w);
    await recordFocus(page, w);
    // One Tab per control, and one more that must leave the figure: nothing focusable was
    // skipped at its end. A focus that lands elsewhere shows up in the record.
    for (let i = 0; i <= controls.length; i++) await page.keyboard.press('Tab');
    const seen = await recordedFocus(page);
    for (let i = 0; i < controls.length; i++) {
      const now = seen[i];
      if (now?.index !== String(i)) {
        problems.push(`${name}: Tab ${i + 1} should reach ${controls[i]}, reached walk index ${now?.index ?? 'nothing'}`);
        break;
      }
      if (now.indicator !== 'visible') problems.push(`${name}: ${controls[i]} shows no focus: ${now.indicator}`);
    }
    const after = seen[controls.length];
    if (after?.isInside) problems.push(`${name}: Tab reached an element after the last control (walk index ${after.index}) that is still inside the figure`);
  }
  expect.soft(problems, 'Tab reaches every control of every widget in order, each with visible focus').toEqual([]);
}
