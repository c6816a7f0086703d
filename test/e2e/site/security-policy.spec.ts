/**
 * The Content-Security-Policy is in force on every page the build emitted (as a <meta> before
 * any script, and as the server's header from `_headers`) and nothing the site does breaks
 * it: every figure starts and the learning-rate sweep trains in its worker with no violation.
 */
import { expect, gotoAndSettle, listPages, test } from '../fixtures';
import { expectAllHydrated, watchPolicyViolations } from './security-watch';

for (const path of listPages()) {
  test(`page /${path} runs every figure with no Content-Security-Policy violation`, async ({ page }) => {
    const violations = await watchPolicyViolations(page);
    const response = await gotoAndSettle(page, path);

    const header = response?.headers()['content-security-policy'] ?? '';
    expect.soft(header, 'the server sends the policy of _headers').toMatch(/^default-src 'self'; script-src 'self'( 'sha256-[\w+/=]+')+; /);
    expect.soft(header).toContain("frame-ancestors 'none'");
    const meta = await page.evaluate(() => {
      const element = document.head.querySelector<HTMLMetaElement>('meta[http-equiv="Content-Security-Policy"]');
      const firstScript = document.querySelector('script');
      return {
        content: element?.content ?? null,
        isBeforeScripts: !!element && (!firstScript || !!(element.compareDocumentPosition(firstScript) & Node.DOCUMENT_POSITION_FOLLOWING)),
        inlineScripts: new Set([...document.querySelectorAll('script:not([src])')].map((script) => script.textContent)).size,
      };
    });
    expect.soft(meta.content, 'the page carries its policy in a <meta>').toMatch(
      /^default-src 'self'; script-src 'self'( 'sha256-[\w+/=]+')*; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; worker-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'$/,
    );
    expect.soft(meta.isBeforeScripts, 'the policy <meta> comes before every script').toBe(true);
    const pageHashes = meta.content?.match(/'sha256-[^']+'/g) ?? [];
    expect.soft(pageHashes.length, 'one hash per inline script').toBe(meta.inlineScripts);
    for (const hash of pageHashes) expect.soft(header, 'the header allows what the page runs').toContain(hash);

    await expectAllHydrated(page);
    const sweeps = page.locator('[data-widget="LearningRateSweep"]');
    for (let i = 0; i < (await sweeps.count()); i++) {
      const sweep = sweeps.nth(i);
      await sweep.getByRole('button', { name: 'Run sweep' }).click();
      await expect(sweep).toHaveAttribute('data-sweep', 'done', { timeout: 60_000 });
    }
    expect(await violations()).toEqual([]);
  });
}

test.describe('the policy', () => {
  // The script this test injects is refused on purpose, with a console error.
  test.use({ allowedIssues: /Content Security Policy/ });
  test('refuses an inline script the build did not hash, and the violation is seen', async ({ page }) => {
    const violations = await watchPolicyViolations(page);
    await page.goto('./');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__pwned = 1';
      document.body.append(script);
    });
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    await expect.poll(violations).toContainEqual(expect.stringMatching(/^script-src-elem blocked inline/));
  });
});
