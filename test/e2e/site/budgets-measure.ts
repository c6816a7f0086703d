/**
 * What a page makes the browser fetch, by kind, counted the way a reader pays for it:
 * every response body of the site, gzipped at level 9 here (so the count does not depend on
 * how the test server sends it). Shared by budgets.spec.ts (the byte budgets in `npm test`)
 * and by the bench's page-weight report.
 *
 *   const recorder = recordResponses(page);
 *   await page.goto(path);  …  const before = await recorder.snapshot();
 */
import { gzipSync } from 'node:zlib';
import type { Page, Response } from '@playwright/test';

/** The kinds of file the budgets count. */
export type ResourceKind = 'html' | 'js' | 'css' | 'font' | 'other';

/** One fetched file: where from, and its raw and gzipped sizes in bytes. */
export interface FetchedFile {
  readonly url: string;
  readonly kind: ResourceKind;
  readonly raw: number;
  readonly gzip: number;
}

/** The kind of a response, from its URL's extension, else from its content type. */
export function kindOf(url: string, contentType: string): ResourceKind {
  const path = new URL(url).pathname;
  if (/\.m?js$/.test(path) || contentType.includes('javascript')) return 'js';
  if (path.endsWith('.css') || contentType.includes('text/css')) return 'css';
  if (/\.(woff2?|ttf|otf)$/.test(path) || contentType.startsWith('font/')) return 'font';
  if (path.endsWith('/') || path.endsWith('.html') || contentType.includes('text/html')) return 'html';
  return 'other';
}

/** Sizes of `body` as sent plain and as sent gzipped (level 9). */
export function sizesOf(body: Buffer): { raw: number; gzip: number } {
  return { raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
}

/** Totals per kind, in bytes. */
export type KindTotals = Record<ResourceKind, { raw: number; gzip: number }>;

export function totalsOf(files: readonly FetchedFile[]): KindTotals {
  const totals: KindTotals = {
    html: { raw: 0, gzip: 0 },
    js: { raw: 0, gzip: 0 },
    css: { raw: 0, gzip: 0 },
    font: { raw: 0, gzip: 0 },
    other: { raw: 0, gzip: 0 },
  };
  for (const file of files) {
    totals[file.kind].raw += file.raw;
    totals[file.kind].gzip += file.gzip;
  }
  return totals;
}

export interface ResponseRecorder {
  /** Every distinct file of the site fetched so far (first response per URL), once its body is in. */
  snapshot(): Promise<FetchedFile[]>;
  /**
   * Resolves once no request has started or ended for `quietMs` and none is in flight (at most
   * `timeoutMs`, then it throws naming what is still loading). Playwright's 'networkidle' was
   * seen never to come on a chapter while nothing was being fetched.
   */
  settled(quietMs?: number, timeoutMs?: number): Promise<void>;
}

/**
 * Records every response from the page's origin, the page's workers included (Chromium
 * reports a dedicated worker's script and imports on the page). A file fetched twice counts once.
 */
export function recordResponses(page: Page): ResponseRecorder {
  const pending = new Map<string, Promise<FetchedFile | null>>();
  const measure = async (response: Response): Promise<FetchedFile | null> => {
    if (response.status() >= 300) return null;
    try {
      const body = await response.body();
      return { url: response.url(), kind: kindOf(response.url(), response.headers()['content-type'] ?? ''), ...sizesOf(body) };
    } catch {
      // A response whose body the browser dropped (a navigation away) is not part of the page.
      return null;
    }
  };
  const inFlight = new Set<unknown>();
  let lastActivity = Date.now();
  const touch = () => {
    lastActivity = Date.now();
  };
  page.on('request', (request) => {
    inFlight.add(request);
    touch();
  });
  const end = (request: unknown) => {
    inFlight.delete(request);
    touch();
  };
  page.on('requestfinished', end);
  page.on('requestfailed', end);
  page.on('response', (response) => {
    const url = response.url().replace(/#.*$/, '');
    if (!/^https?:/.test(url) || pending.has(url)) return;
    pending.set(url, measure(response));
  });
  return {
    async snapshot() {
      const files = await Promise.all(pending.values());
      return files.filter((file): file is FetchedFile => file !== null);
    },
    async settled(quietMs = 1000, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      while (inFlight.size > 0 || Date.now() - lastActivity < quietMs) {
        if (Date.now() > deadline) {
          const loading = [...inFlight].map((request) => (request as { url(): string }).url());
          throw new Error(`the network did not settle in ${timeoutMs} ms; still loading: ${loading.join(', ') || 'nothing (requests kept starting)'}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
  };
}
