/**
 * The Content-Security-Policy refuses what the build did not allow. That every page carries the
 * policy and runs every figure and sweep with no violation is checked by crawl.spec.ts, on the
 * same load as the crawl's other checks (checks/policy.ts).
 */
import { expect, test } from '../fixtures';
import { watchPolicyViolations } from './security-watch';

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
