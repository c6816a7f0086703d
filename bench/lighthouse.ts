/**
 * Lighthouse (mobile preset, simulated throttling) on the home page and every chapter of a
 * built site served with gzip: the four category scores per page, the median of `runs` runs,
 * with PASS when each reaches the target, and the metrics behind the performance score.
 *
 *   const rows = await benchLighthouse({ dist, runs: 3 });
 */
import lighthouse from 'lighthouse';
import { listOutputFiles, pagePathOf } from '../src/site/build/output-files';
import { serve } from '../scripts/serve';
import { startChromium } from './chromium';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

/** Each score (0–100) must reach this. */
export const SCORE_TARGET = 95;

/** One page's median scores and the median of each metric, over the runs. */
export interface LighthouseRow {
  readonly page: string;
  readonly scores: Record<Category, number>;
  readonly metrics: Record<string, number>;
  /** Audits of the last run that scored below 0.9, by id, for the reader to follow up. */
  readonly weakAudits: readonly string[];
}

const METRICS = {
  FCP: 'first-contentful-paint',
  LCP: 'largest-contentful-paint',
  TBT: 'total-blocking-time',
  CLS: 'cumulative-layout-shift',
  SI: 'speed-index',
  'DOM elements': 'dom-size',
  'main-thread ms': 'mainthread-work-breakdown',
  'JS boot ms': 'bootup-time',
} as const;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The home page and every chapter: every emitted page but the 404 page. */
export function lighthousePages(dist: string): string[] {
  return listOutputFiles(dist, '.html').filter((file) => file !== '404.html').map(pagePathOf);
}

/**
 * `cpuSlowdown` is the mobile preset's CPU throttling (4): Lighthouse assumes a desktop host and
 * simulates a phone 4× slower. The host's own speed is printed (benchmarkIndex; DevTools rates
 * a low-end phone about 264 and a mid-range one 1000), since on a slow or loaded host the same
 * 4× describes a much slower phone.
 */
export async function benchLighthouse(options: { dist: string; runs: number; cpuSlowdown?: number; pages?: readonly string[] }): Promise<LighthouseRow[]> {
  const server = await serve({ dir: options.dist, port: 0, gzip: true });
  const chromium = await startChromium();
  const rows: LighthouseRow[] = [];
  try {
    for (const page of options.pages ?? lighthousePages(options.dist)) {
      const runs: { scores: Record<Category, number>; metrics: Record<string, number>; weak: string[] }[] = [];
      for (let run = 0; run < options.runs; run += 1) {
        const result = await lighthouse(new URL(page, server.url).href, {
          port: chromium.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
          // Merged into the preset's throttling: only the CPU factor changes.
          throttling: { cpuSlowdownMultiplier: options.cpuSlowdown ?? 4 },
        });
        if (!result) throw new Error(`lighthouse gave no result for /${page}`);
        const { lhr } = result;
        if (lhr.runtimeError) throw new Error(`lighthouse on /${page}: ${lhr.runtimeError.message}`);
        const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)])) as Record<Category, number>;
        const metrics = Object.fromEntries(Object.entries(METRICS).map(([name, id]) => [name, lhr.audits[id]?.numericValue ?? NaN]));
        const weak = Object.values(lhr.audits)
          .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative')
          .map((audit) => audit.id);
        metrics.benchmarkIndex = lhr.environment.benchmarkIndex;
        runs.push({ scores, metrics, weak });
      }
      rows.push({
        page,
        scores: Object.fromEntries(CATEGORIES.map((id) => [id, median(runs.map((run) => run.scores[id]))])) as Record<Category, number>,
        metrics: Object.fromEntries([...Object.keys(METRICS), 'benchmarkIndex'].map((name) => [name, median(runs.map((run) => run.metrics[name]))])),
        weakAudits: runs[runs.length - 1].weak,
      });
    }
  } finally {
    await chromium.close();
    await server.close();
  }
  return rows;
}

/** Whether every score of a row reaches the target. */
export function passes(row: LighthouseRow): boolean {
  return CATEGORIES.every((id) => row.scores[id] >= SCORE_TARGET);
}

export function printLighthouse(rows: readonly LighthouseRow[], runs: number, cpuSlowdown = 4): void {
  const preset = cpuSlowdown === 4 ? 'mobile preset' : `mobile, CPU slowdown ${cpuSlowdown}× instead of the preset's 4×`;
  console.log(`\nLighthouse 12 (${preset}, simulated throttling), site served with gzip; median of ${runs} run(s); target ≥ ${SCORE_TARGET} each`);
  console.log(`  ${'page'.padEnd(18)} perf  a11y  best   seo`);
  for (const row of rows) {
    const scores = CATEGORIES.map((id) => String(row.scores[id]).padStart(4)).join('  ');
    console.log(`  /${row.page.padEnd(17)} ${scores}   ${passes(row) ? 'PASS' : 'FAIL'}`);
    const metrics = Object.entries(row.metrics)
      .map(([name, value]) => `${name} ${name === 'CLS' ? value.toFixed(3) : Math.round(value)}${/CP|SI|TBT/.test(name) ? ' ms' : ''}`)
      .join(' · ');
    console.log(`      ${metrics}`);
    if (row.weakAudits.length > 0) console.log(`      audits below 0.9: ${row.weakAudits.join(', ')}`);
  }
}
