import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { findBrowser } from './scripts/find-browser';
import { ROOT_SITE, SUBPATH_SITE, siteUrl, type SiteBuild } from './scripts/e2e-sites';

// `npm test` finds the browser once and passes it down; a direct `npx playwright test`
// looks it up here.
const executablePath = process.env.CHROMIUM_PATH || findBrowser();

// The sub-path build exists after `npm test` (or `npm run build:subpath`); without it the
// sub-path project is skipped so `npm run build && npx playwright test` still works.
const hasSubpathBuild = process.env.E2E_SUBPATH !== '0' && existsSync(join(SUBPATH_SITE.dist, 'index.html'));

function server(site: SiteBuild) {
  return {
    command: `npx tsx scripts/serve.ts --dir ${site.dist} --base ${site.base} --port ${site.port}`,
    url: siteUrl(site),
    // A server already on the port is reused in local runs; npm test picks fresh ports.
    reuseExistingServer: !process.env.CI && process.env.E2E_REUSE_SERVER !== '0',
    stdout: 'ignore' as const,
    timeout: 30_000,
  };
}

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/output',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath, args: ['--no-sandbox'] },
    trace: 'retain-on-failure',
  },
  webServer: [server(ROOT_SITE), ...(hasSubpathBuild ? [server(SUBPATH_SITE)] : [])],
  projects: [
    {
      name: ROOT_SITE.project,
      use: { baseURL: siteUrl(ROOT_SITE) },
      metadata: { dist: ROOT_SITE.dist, base: ROOT_SITE.base },
    },
    ...(hasSubpathBuild
      ? [
          {
            name: SUBPATH_SITE.project,
            // Under /course/ only the links differ: the crawl (every page loads cleanly, every
            // link and asset resolves, every figure starts its worker) and the policy (the
            // headers of _headers match paths under the base) run there. E2E_SUBPATH_ALL=1
            // runs every spec there too.
            testMatch: process.env.E2E_SUBPATH_ALL === '1' ? '**/*.spec.ts' : ['site/crawl.spec.ts', 'site/security-policy.spec.ts'],
            use: { baseURL: siteUrl(SUBPATH_SITE) },
            metadata: { dist: SUBPATH_SITE.dist, base: SUBPATH_SITE.base },
          },
        ]
      : []),
  ],
});
