/**
 * axe-core over the page as it is, in both themes: a serious or critical violation fails (a
 * soft failure, so the page's other checks still run) and is listed with its rule, its targets
 * and the page; moderate and minor ones are printed and attached, so they show in the report
 * without blocking. The theme switches in place (emulateMedia, which the theme script follows).
 *
 * KaTeX's HTML rendering (`.katex`, some 9,000 spans on /neuron/) is left out of the audit: it
 * more than doubles axe's time, it is aria-hidden (readers get the MathML beside it, which is
 * visually hidden), and its colours are the prose's, whose contrast is checked here and by
 * test/site/styles/contrast.test.ts. The `.katex-display` box around a display formula stays in.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { expect } from '../../fixtures';

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

/** Runs axe in the light and then the dark theme on `page` (viewport `width` px wide); ends in the light theme. */
export async function expectAxeClean(page: Page, path: string, width: number, testInfo: TestInfo): Promise<void> {
  const findings: Finding[] = [];
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    findings.push(...(await audit(page, `/${path} ${theme} ${width} px`)));
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  const advisory = findings.filter((finding) => !BLOCKING.has(finding.impact)).map((finding) => finding.line);
  if (advisory.length > 0) {
    console.log(`axe, moderate and minor on /${path} at ${width} px:\n  ${advisory.join('\n  ')}`);
    await testInfo.attach(`axe moderate and minor on /${path} at ${width} px`, { body: advisory.join('\n'), contentType: 'text/plain' });
  }
  const blocking = findings.filter((finding) => BLOCKING.has(finding.impact)).map((finding) => finding.line);
  expect.soft(blocking, `axe violations of serious or critical impact on /${path} at ${width} px`).toEqual([]);
}
