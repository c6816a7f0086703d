/**
 * axe-core over every page the build emits, with every widget hydrated, in both themes at a
 * laptop and a phone width. A serious or critical violation fails the test and is listed with
 * its rule, its targets and the page; moderate and minor ones are printed and attached, so they
 * show in the report without blocking. One page load per page and width; the theme switches in
 * place (emulateMedia, which the theme script follows) and axe runs once per theme.
 *
 * KaTeX's HTML rendering (`.katex`, some 9,000 spans on /neuron/) is left out of the audit: it
 * more than doubles axe's time, it is aria-hidden (readers get the MathML beside it, which is
 * visually hidden), and its colours are the prose's, whose contrast is checked here and by
 * test/site/styles/contrast.test.ts. The `.katex-display` box around a display formula stays in.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, listPages, test } from '../fixtures';
import { gotoWithWidgets } from './hydrate-all';

const BLOCKING = new Set(['serious', 'critical']);

interface Finding {
  impact: string;
  line: string;
}

async function audit(page: Page, where: string): Promise<Finding[]> {
  const results = await new AxeBuilder({ page }).exclude('.katex').options({ resultTypes: ['violations'] }).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => ({
      impact: node.impact ?? violation.impact ?? 'unknown',
      line: `${where} › ${violation.id} (${node.impact ?? violation.impact}): ${node.target.join(' ')} — ${violation.help}`,
    })),
  );
}

for (const path of listPages()) {
  for (const width of [1280, 375]) {
    test(`page /${path} at ${width} px: axe finds nothing serious in the light or the dark theme`, async ({ page }, testInfo) => {
      // axe takes seconds on a chapter's 10,000 elements, far more on a busy machine.
      test.setTimeout(240_000);
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: 'light' });
      await gotoWithWidgets(page, path);
      const findings: Finding[] = [];
      for (const theme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: theme });
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        findings.push(...(await audit(page, `/${path} ${theme} ${width} px`)));
      }
      const advisory = findings.filter((finding) => !BLOCKING.has(finding.impact)).map((finding) => finding.line);
      if (advisory.length > 0) {
        console.log(`axe, moderate and minor on /${path} at ${width} px:\n  ${advisory.join('\n  ')}`);
        await testInfo.attach(`axe moderate and minor on /${path} at ${width} px`, { body: advisory.join('\n'), contentType: 'text/plain' });
      }
      const blocking = findings.filter((finding) => BLOCKING.has(finding.impact)).map((finding) => finding.line);
      expect(blocking, `axe violations of serious or critical impact on /${path} at ${width} px`).toEqual([]);
    });
  }
}
