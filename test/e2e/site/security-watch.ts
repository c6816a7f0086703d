/**
 * Helpers for the security specs: collect a page's Content-Security-Policy violations, list its
 * figures with their URL namespaces and settings, and wait until every figure has started.
 */
import type { ConsoleMessage, Page } from '@playwright/test';
import { expect } from '../fixtures';

declare global {
  interface Window {
    __cspViolations?: string[];
    __pwned?: unknown;
  }
}

/**
 * Starts recording policy violations: every document's `securitypolicyviolation` events, and
 * console lines about the policy from the page and its workers (a worker's violations reach
 * only its console). Call before the first navigation; the returned function gives all
 * violations seen so far, and must be called before each later navigation, which drops the
 * document's list.
 */
export async function watchPolicyViolations(page: Page): Promise<() => Promise<string[]>> {
  const seen: string[] = [];
  const onConsole = (message: ConsoleMessage) => {
    if (/Content.Security.Policy/i.test(message.text())) seen.push(`console ${message.type()}: ${message.text()}`);
  };
  page.on('console', onConsole);
  page.on('worker', (worker) => worker.on('console', onConsole));
  await page.addInitScript(() => {
    const violations: string[] = [];
    window.__cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} at ${event.sourceFile}:${event.lineNumber} (${event.sample})`);
    });
  });
  return async () => {
    const fromDocument = await page.evaluate(() => window.__cspViolations ?? ['the violation listener is missing']);
    seen.push(...fromDocument.filter((violation) => !seen.includes(violation)));
    return [...seen];
  };
}

/** A figure on the page: its widget, its URL namespace (`dc1`, …) and the settings its props name. */
export interface FigureOnPage {
  widget: string;
  namespace: string;
  keys: string[];
}

/**
 * Every figure on the page. The namespace is the widget's prefix and its place among the
 * page's figures of the same widget; a widget not yet on the shared kit has no data-prefix,
 * and its id (`db-1`) gives the prefix.
 */
export async function figuresOn(page: Page): Promise<FigureOnPage[]> {
  return page.locator('[data-widget]').evaluateAll((roots: Element[]) => {
    const counts = new Map<string, number>();
    return roots.map((root) => {
      const element = root as HTMLElement;
      const widget = element.dataset.widget ?? '';
      const count = (counts.get(widget) ?? 0) + 1;
      counts.set(widget, count);
      const prefix = element.dataset.prefix ?? element.id.replace(/-\d+$/, '');
      const props = JSON.parse(element.dataset.props ?? '{}') as Record<string, unknown>;
      return { widget, namespace: `${prefix}${count}`, keys: Object.keys(props) };
    });
  });
}

/** Scrolls to the end, which starts every figure (each starts once reached), and waits until all have. */
export async function expectAllHydrated(page: Page): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(page.locator('[data-widget]:not([data-hydrated="true"])'), 'figures not started').toHaveCount(0);
}
