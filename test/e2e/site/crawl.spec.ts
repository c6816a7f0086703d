/**
 * The checks every page inherits: one test per HTML file the build emitted (home, every
 * chapter, 404), so a new chapter is covered without new code. Runs against the root
 * build and, in the `subpath` project, against the build served under /course/.
 * On the same load, the Content-Security-Policy is in force and nothing the page does breaks
 * it: every figure starts and every learning-rate sweep trains with no violation (checks/policy.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, gotoAndSettle, listPages, siteOf, test } from '../fixtures';
import { expectPolicyInForce, expectSweepsRunClean, policyOf } from './checks/policy';
import { watchPolicyViolations } from './security-watch';

const SCREENSHOT_DIR = 'test-results/screenshots';

interface FoundLink {
  tag: string;
  written: string;
  url: string;
}

function screenshotName(path: string): string {
  if (path === '') return 'home';
  return path.replace(/\.html$/, '').replace(/\/$/, '').replace(/\//g, '--');
}

async function collectLinks(page: Page): Promise<FoundLink[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('a[href], link[href], script[src], img[src], source[src], iframe[src]')].map((element) => {
      const written = element.getAttribute('href') ?? element.getAttribute('src') ?? '';
      return { tag: element.tagName.toLowerCase(), written, url: new URL(written, document.baseURI).href };
    }),
  );
}

/** Elements that stick out past the right edge of the viewport, described briefly. */
async function listOverflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    for (const element of document.querySelectorAll('body *')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.right <= width + 1) continue;
      // Only report the outermost offender, not each of its children.
      const parent = element.parentElement;
      if (parent && parent.getBoundingClientRect().right > width + 1) continue;
      const name = element.tagName.toLowerCase() + (element.id ? `#${element.id}` : '') +
        (element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : '');
      found.push(`${name} reaches ${Math.round(box.right)}px`);
    }
    return found.slice(0, 10);
  });
}

/** Inline formulas whose following punctuation (",", ".") starts the next line instead of ending theirs. */
async function punctuationAlone(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const formula of document.querySelectorAll('.katex')) {
      if (formula.closest('.katex-display')) continue;
      const next = formula.nextSibling;
      if (next?.nodeType !== Node.TEXT_NODE || !/^[.,;:!?)]/.test(next.textContent ?? '')) continue;
      const range = document.createRange();
      range.setStart(next, 0);
      range.setEnd(next, 1);
      const mark = range.getBoundingClientRect();
      // A formula that breaks across lines has one box per line; the mark follows the last.
      const boxes = formula.getClientRects();
      const end = boxes[boxes.length - 1];
      if (end && mark.width > 0 && mark.left < end.right - 1) {
        found.push(`"${formula.querySelector('math')?.textContent}${next.textContent?.[0]}" (the mark at ${Math.round(mark.left)}px, the formula ends at ${Math.round(end.right)}px)`);
      }
    }
    return found;
  });
}

async function screenshot(page: Page, project: string, path: string, label: string) {
  await page.evaluate(() => document.fonts.ready);
  const file = join(SCREENSHOT_DIR, project, `${screenshotName(path)}--${label}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await test.info().attach(`${screenshotName(path)} ${label}`, { path: file, contentType: 'image/png' });
}

for (const path of listPages()) {
  test(`page /${path} loads cleanly, links resolve, fits 320 px, and runs every figure with no Content-Security-Policy violation`, async ({ page, baseURL }, testInfo) => {
    // Full-page screenshots of a long chapter take a minute on a loaded 2-core machine, the sweeps as long again.
    test.setTimeout(300_000);
    const site = siteOf(testInfo);
    const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
    expect(existsSync(join(site.dist, file)), `${file} is missing from ${site.dist}`).toBe(true);
    const project = testInfo.project.name;
    const basePath = new URL(baseURL as string).pathname;

    await page.setViewportSize({ width: 1280, height: 900 });
    const violations = await watchPolicyViolations(page);
    const response = await gotoAndSettle(page, path);
    expect(response?.status(), `HTTP status of /${path}`).toBe(200);
    expectPolicyInForce(response, await policyOf(page));
    await expect(page.locator('.katex-error'), 'KaTeX error spans on the page').toHaveCount(0);
    // Widgets remove the source stamp while checking their props; a leftover means one did not.
    await expect(page.locator('[__source]'), 'elements still carrying the __source stamp').toHaveCount(0);
    await expect(page.locator('h1')).toHaveCount(1);

    const problems: string[] = [];
    const htmlByUrl = new Map<string, string>();
    const origin = new URL(page.url()).origin;
    for (const link of await collectLinks(page)) {
      const target = new URL(link.url);
      if (target.origin !== origin) continue;
      if (!target.pathname.startsWith(basePath)) {
        problems.push(`<${link.tag}> "${link.written}" leaves the base path ${basePath}`);
        continue;
      }
      const pageUrl = target.href.replace(/#.*$/, '');
      if (!htmlByUrl.has(pageUrl)) {
        const answer = await page.request.get(pageUrl);
        htmlByUrl.set(pageUrl, answer.ok() ? await answer.text() : `status ${answer.status()}`);
        if (!answer.ok()) problems.push(`<${link.tag}> "${link.written}" answered status ${answer.status()}`);
      }
      const id = decodeURIComponent(target.hash.slice(1));
      if (id === '') continue;
      const isSamePage = pageUrl === page.url().replace(/#.*$/, '');
      const exists = isSamePage
        ? (await page.locator(`[id="${id.replace(/"/g, '\\"')}"]`).count()) > 0
        : (htmlByUrl.get(pageUrl) ?? '').includes(`id="${id}"`);
      if (!exists) problems.push(`<${link.tag}> "${link.written}": no element with id "${id}" on ${target.pathname}`);
    }
    expect(problems, 'every internal link and #anchor resolves').toEqual([]);

    // Under /course/ only the links differ from the root build: its pages are not photographed again.
    const isRoot = project === 'site';
    if (isRoot) {
      await screenshot(page, project, path, '1280-light');
      await page.emulateMedia({ colorScheme: 'dark' });
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await screenshot(page, project, path, '1280-dark');
      await page.emulateMedia({ colorScheme: 'light' });
    }

    for (const width of [375, 360, 320]) {
      await page.setViewportSize({ width, height: 800 });
      const sizes = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      const overflow = sizes.scroll > sizes.client ? await listOverflowing(page) : [];
      expect(overflow, `horizontal scroll at ${width} px: page is ${sizes.scroll} px wide`).toEqual([]);
      expect(sizes.scroll, `page width at ${width} px`).toBeLessThanOrEqual(sizes.client);
      expect(await punctuationAlone(page), `punctuation wrapped away from its formula at ${width} px`).toEqual([]);
    }
    if (isRoot) {
      await page.setViewportSize({ width: 375, height: 800 });
      await screenshot(page, project, path, '375-light');
      await page.emulateMedia({ colorScheme: 'dark' });
      await screenshot(page, project, path, '375-dark');
    }
    // Every sweep shares one worker script: under /course/ the first sweep proves it loads there.
    await expectSweepsRunClean(page, violations, isRoot ? Infinity : 1);
  });
}
