/**
 * Shared end-to-end fixtures. Every spec imports `test` and `expect` from here instead of
 * from '@playwright/test':
 *
 *   import { test, expect, pagePath } from '../fixtures';
 *
 *   test('NeuronExplorer trains to a result', async ({ page }) => {
 *     await page.goto(pagePath('neuron'));          // relative: works under any base path
 *     await page.getByRole('button', { name: 'Train' }).click();
 *   });
 *
 * What `test` adds, automatically, to every test:
 * - the test fails if the page logs a console error or warning, throws an uncaught
 *   exception, has a request fail (network error or HTTP status ≥ 400; a request the
 *   page cancels, as on reload, does not count), or requests
 *   anything from another host (such requests are also aborted). The failure lists each
 *   problem with its URL.
 * - a test that expects one of these on purpose declares it first, with one pattern
 *   matched against the listed text: `test.use({ allowedIssues: /status 404|status of 404/ })`.
 * - `pageIssues` (a fixture) gives the list collected so far, to assert on mid-test.
 * - `page.goto` throws at once when the server answers 400 or more (unless allowed), so
 *   a missing page fails in a second rather than at the test timeout.
 *
 * Helpers:
 * - `pagePath(slug)`: the relative URL of a chapter (`neuron/`) or the home page (`''`).
 *   Always navigate with relative URLs; a leading slash would escape the base path.
 * - `listPages()`: every HTML page the build emitted, as relative URLs (`''`, `neuron/`,
 *   `404.html`), read from `dist/`; specs loop over it so new chapters need no new code.
 * - `siteOf(testInfo)`: the build this project tests ({ dist, base }).
 * - `gotoAndSettle(page, path)`: navigates, scrolls to the end so every widget hydrates,
 *   and waits until each has started (`settle(page)` does the same on the page as it is);
 *   returns the navigation response.
 * - `hydratedFigure(page, name, index)`: the page's `index`-th figure named `name`, scrolled
 *   into view and hydrated (on first open and again after a reload).
 *
 * Run: `npm test` (everything), or after `npm run build`: `npx playwright test test/e2e/widgets`.
 * Playwright serves `dist/` on port 4400 (E2E_PORT, E2E_DIST) and, when it has been built
 * with `npm run build:subpath`, the /course/ build on 4401 as the `subpath` project, which
 * runs the site specs only unless E2E_SUBPATH_ALL=1.
 */
import { test as base, expect, type ConsoleMessage, type Locator, type Page, type Response, type TestInfo } from '@playwright/test';
import { ROOT_SITE } from '../../scripts/e2e-sites';
import { listOutputFiles, pagePathOf } from '../../src/site/build/output-files';

export { expect };

export interface SiteUnderTest {
  dist: string;
  base: string;
}

/** The build the current Playwright project runs against. */
export function siteOf(testInfo: TestInfo): SiteUnderTest {
  const metadata = testInfo.project.metadata as Partial<SiteUnderTest>;
  return { dist: metadata.dist ?? ROOT_SITE.dist, base: metadata.base ?? ROOT_SITE.base };
}

/** Every HTML file under `dist`, as a URL relative to the site's base. */
export function listPages(dist: string = ROOT_SITE.dist): string[] {
  const pages = listOutputFiles(dist, '.html').map(pagePathOf).sort();
  if (pages.length === 0) throw new Error(`no pages in ${dist}: run npm run build first`);
  return pages;
}

/** The relative URL of a chapter page, or of the home page for `''`. */
export function pagePath(slug: string): string {
  return slug === '' ? './' : `${slug.replace(/^\/+|\/+$/g, '')}/`;
}

/**
 * Scrolls through the whole page (instantly, whatever the CSS says) so every lazy widget
 * comes into view, then waits until each has started or shown why it could not, and until
 * the fonts are in. It waits for those events rather than for a quiet network: "no request
 * for 500 ms" may never come on a loaded machine while workers and the idle-time prefetch
 * load (a CI run timed out so).
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const step = Math.max(200, Math.floor(window.innerHeight * 0.8));
    for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
      window.scrollTo({ top: y, behavior: 'instant' });
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 30)));
    }
    window.scrollTo({ top: 0, behavior: 'instant' });
  });
  await expect
    .poll(() => page.locator('[data-widget][data-prefix]:not([data-hydrated])').evaluateAll((roots) => roots.map((root) => root.id)), {
      message: 'every [data-widget][data-prefix] starts (data-hydrated is set)',
      timeout: 30_000,
    })
    .toEqual([]);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** Navigates and settles (`settle`): every widget on the page has started. */
export async function gotoAndSettle(page: Page, path: string): Promise<Response | null> {
  const response = await page.goto(path === '' ? './' : path, { waitUntil: 'load' });
  await settle(page);
  return response;
}

/**
 * The `index`-th figure (from 0) whose accessible name matches `name`, scrolled into view
 * and, since widgets hydrate lazily, once its script has taken over.
 */
export async function hydratedFigure(page: Page, name: RegExp, index = 0): Promise<Locator> {
  const figure = page.getByRole('figure', { name }).nth(index);
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-hydrated', 'true');
  return figure;
}

interface Fixtures {
  /** Issues matching this pattern are expected by the test and not reported. */
  allowedIssues: RegExp | null;
  pageIssues: string[];
}

export const test = base.extend<Fixtures>({
  allowedIssues: [null, { option: true }],
  // page.goto fails at once when the server answers with an error status, instead of the
  // test waiting out its timeout on a page that is not there.
  page: async ({ page, allowedIssues }, use) => {
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      const status = response?.status() ?? 200;
      if (status >= 400 && !allowedIssues?.test(`answered status ${status}`)) {
        throw new Error(`page.goto("${url}"): the server answered status ${status} for ${response?.url()}; is the page built (a chapter in content/chapters/, not a draft)?`);
      }
      return response;
    };
    await use(page);
  },
  pageIssues: [
    async ({ context, baseURL, allowedIssues }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
      const issues: string[] = [];
      const report = (issue: string) => {
        // A worker's console message can arrive both on the page and on the worker.
        if (issues.includes(issue) || allowedIssues?.test(issue)) return;
        issues.push(issue);
      };
      const onConsole = (message: ConsoleMessage) => {
        if (message.type() !== 'error' && message.type() !== 'warning') return;
        const where = message.location().url;
        report(`console ${message.type()}: ${message.text()}${where ? ` (at ${where})` : ''}`);
      };
      await context.route(
        (url) => /^(https?|wss?):$/.test(url.protocol) && url.origin !== origin,
        async (route) => {
          report(`request to another host: ${route.request().url()}`);
          await route.abort('blockedbyclient');
        },
      );
      const watch = (page: Page) => {
        page.on('console', onConsole);
        page.on('worker', (worker) => worker.on('console', onConsole));
        page.on('pageerror', (error) => report(`uncaught exception: ${error.message}`));
        page.on('requestfailed', (request) => {
          if (new URL(request.url()).origin !== origin) return;
          const reason = request.failure()?.errorText ?? 'unknown reason';
          // Cancelled, not failed: a reload or navigation drops the old page's pending
          // requests, and a script may abort its own fetch. Missing files fail with a status.
          if (reason === 'net::ERR_ABORTED') return;
          report(`failed request: ${request.method()} ${request.url()} (${reason})`);
        });
        page.on('response', (response) => {
          if (response.status() >= 400) report(`failed request: ${response.url()} answered status ${response.status()}`);
        });
      };
      context.pages().forEach(watch);
      context.on('page', watch);
      await use(issues);
      expect(issues, 'the page must load without console errors, failed requests or other hosts').toEqual([]);
    },
    { auto: true },
  ],
});
