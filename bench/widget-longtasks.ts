/**
 * `tsx bench/widget-longtasks.ts --dist <built site>`: how long the main thread stays busy
 * while a reader drives a widget. It serves an already built site (it builds nothing), opens
 * each scenario's page in headless Chromium, records every long task (over 50 ms, the
 * browser's PerformanceObserver 'longtask') while the keys are pressed, and prints the
 * longest task per run and its median over the runs. The widget contract's budget is that
 * no task passes 50 ms; the exit code is 1 when a scenario's median longest task does.
 *
 *   OUT_DIR=node_modules/.cache/nn/dist npx astro build
 *   npx tsx bench/widget-longtasks.ts --dist node_modules/.cache/nn/dist [--runs 5] [--port 0] [--json]
 *
 * Chromium comes from CHROMIUM_PATH, /usr/bin/chromium or Playwright's cache (scripts/find-browser.ts).
 * Timing belongs here, not in a test: a shared CI machine can stretch any task past a budget.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { findBrowser } from '../scripts/find-browser';
import { readFlags, serve } from '../scripts/serve';

/** The contract's budget for one task on the main thread. */
const BUDGET_MS = 50;

/** One interaction to time: open `path`, focus the control named `control` in the figure captioned `figure`, press `key` `presses` times. */
interface Scenario {
  readonly name: string;
  readonly path: string;
  readonly figure: RegExp;
  readonly control: { role: 'slider' | 'spinbutton'; name: string };
  readonly key: string;
  readonly presses: number;
}

const SCENARIOS: readonly Scenario[] = [
  {
    name: 'DescentBowl, Rosenbrock 5000 steps, Momentum ArrowRight ×10',
    path: 'learning-rate/?db1.surface=rosenbrock&db1.steps=5000',
    figure: /Learning rate on a two-dimensional surface/,
    control: { role: 'slider', name: 'Momentum' },
    key: 'ArrowRight',
    presses: 10,
  },
];

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The durations of the long tasks while `scenario`'s keys are pressed once the figure has started. */
async function longTasksOf(page: Page, baseUrl: string, scenario: Scenario): Promise<number[]> {
  await page.goto(new URL(scenario.path, baseUrl).href);
  const figure = page.locator('figure[data-widget]').filter({ has: page.getByText(scenario.figure) }).first();
  await figure.scrollIntoViewIfNeeded();
  await figure.locator('xpath=self::*[@data-hydrated="true"]').waitFor();
  // Let the start-up work (hydration, the first draw) finish before recording.
  await page.waitForTimeout(500);
  await page.evaluate(() => {
    const durations: number[] = [];
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => durations.push(entry.duration))).observe({ type: 'longtask' });
    (window as unknown as { longTasks: number[] }).longTasks = durations;
  });
  await figure.getByRole(scenario.control.role, { name: scenario.control.name }).focus();
  for (let i = 0; i < scenario.presses; i++) await page.keyboard.press(scenario.key);
  // Work a key press started (a redraw on the next frame) still counts: wait for it to land.
  await page.waitForTimeout(1000);
  return page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
}

async function main(): Promise<void> {
  const flags = readFlags(process.argv.slice(2));
  const dist = flags.get('dist') ?? process.env.E2E_DIST ?? 'dist';
  const runs = Number(flags.get('runs') ?? 5);
  const isJson = process.argv.includes('--json');
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`widget-longtasks: ${dist}/index.html is missing; build the site first (OUT_DIR=${dist} npx astro build) and pass --dist`);
  }
  const server = await serve({ dir: dist, port: Number(flags.get('port') ?? 0) });
  const browser = await chromium.launch({ executablePath: findBrowser(), args: ['--no-sandbox'] });
  let isOverBudget = false;
  try {
    for (const scenario of SCENARIOS) {
      const longest: number[] = [];
      for (let run = 0; run < runs; run++) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        const tasks = await longTasksOf(page, server.url, scenario);
        longest.push(Math.max(0, ...tasks));
        await page.close();
      }
      const typical = median(longest);
      isOverBudget ||= typical > BUDGET_MS;
      if (isJson) console.log(JSON.stringify({ scenario: scenario.name, longest_ms: longest, median_longest_ms: typical, budget_ms: BUDGET_MS }));
      else {
        const each = longest.map((ms) => ms.toFixed(0)).join(', ');
        const verdict = typical > BUDGET_MS ? `OVER the ${BUDGET_MS} ms budget` : `within the ${BUDGET_MS} ms budget`;
        console.log(`${scenario.name}: longest task median ${typical.toFixed(0)} ms (runs: ${each}; 0 = no task over 50 ms), ${verdict}`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  if (isOverBudget) process.exitCode = 1;
}

await main();
