/**
 * The Content-Security-Policy is in force on a page (as a <meta> before any script, and as the
 * server's header from `_headers`) and nothing the site does breaks it: every figure starts and
 * every learning-rate sweep trains in its worker with no violation.
 *
 *   const violations = await watchPolicyViolations(page);   // before the page loads
 *   const response = await gotoAndSettle(page, path);
 *   expectPolicyInForce(response, await policyOf(page));
 *   …
 *   await expectSweepsRunClean(page, violations);
 */
import type { Page, Response } from '@playwright/test';
import { expect } from '../../fixtures';
import { expectAllHydrated } from '../security-watch';

interface PagePolicy {
  content: string | null;
  isBeforeScripts: boolean;
  inlineScripts: number;
}

/** The page's policy <meta>, whether it precedes every script, and how many distinct inline scripts the page has. */
export function policyOf(page: Page): Promise<PagePolicy> {
  return page.evaluate(() => {
    const element = document.head.querySelector<HTMLMetaElement>('meta[http-equiv="Content-Security-Policy"]');
    const firstScript = document.querySelector('script');
    return {
      content: element?.content ?? null,
      isBeforeScripts: !!element && (!firstScript || !!(element.compareDocumentPosition(firstScript) & Node.DOCUMENT_POSITION_FOLLOWING)),
      inlineScripts: new Set([...document.querySelectorAll('script:not([src])')].map((script) => script.textContent)).size,
    };
  });
}

/** The header and the <meta> carry the policy, the <meta> comes first, and each inline script is hashed in both (soft). */
export function expectPolicyInForce(response: Response | null, meta: PagePolicy): void {
  const header = response?.headers()['content-security-policy'] ?? '';
  expect.soft(header, 'the server sends the policy of _headers').toMatch(/^default-src 'self'; script-src 'self'( 'sha256-[\w+/=]+')+; /);
  expect.soft(header).toContain("frame-ancestors 'none'");
  expect.soft(meta.content, 'the page carries its policy in a <meta>').toMatch(
    /^default-src 'self'; script-src 'self'( 'sha256-[\w+/=]+')*; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; worker-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'$/,
  );
  expect.soft(meta.isBeforeScripts, 'the policy <meta> comes before every script').toBe(true);
  const pageHashes = meta.content?.match(/'sha256-[^']+'/g) ?? [];
  expect.soft(pageHashes.length, 'one hash per inline script').toBe(meta.inlineScripts);
  for (const hash of pageHashes) expect.soft(header, 'the header allows what the page runs').toContain(hash);
}

/**
 * Every figure has started, the first `sweepCount` learning-rate sweeps (all, by default) run to
 * their end, and no policy violation was seen.
 */
export async function expectSweepsRunClean(page: Page, violations: () => Promise<string[]>, sweepCount = Infinity): Promise<void> {
  await expectAllHydrated(page);
  const sweeps = page.locator('[data-widget="LearningRateSweep"]');
  for (let i = 0; i < Math.min(sweepCount, await sweeps.count()); i++) {
    const sweep = sweeps.nth(i);
    await sweep.getByRole('button', { name: 'Run sweep' }).click();
    await expect(sweep).toHaveAttribute('data-sweep', 'done', { timeout: 60_000 });
  }
  expect(await violations(), 'Content-Security-Policy violations').toEqual([]);
}
