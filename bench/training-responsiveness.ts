/**
 * How the page feels while a figure trains: the learning-rate chapter's LearningRateSweep, then
 * the initialization chapter's InitExperiment (INIT_EXPERIMENT_TARGET: the run's wall time is
 * the figure's "about a second"), is run in Chromium (the site served with gzip) while the page records
 * - the longest main-thread task (PerformanceObserver 'longtask': every task over 50 ms; none
 *   means the longest was under 50 ms), and
 * - the progress updates that reach the screen: mutations of the sweep's status line, and the
 *   animation frames in which its text differs from the frame before, per second of the run.
 * Targets: longest task ≤ 50 ms, ≥ 30 updates per second. Median of `runs` sweeps, each on a fresh page.
 * The sweep is the chapter's, at its largest step count (SWEEP_STATE): the page's own 300-step
 * sweep ends in under half a second on a quiet machine, too soon for a rate per second to mean much.
 */
import { chromium } from 'playwright-core';
import { findBrowser } from '../scripts/find-browser';
import { serve } from '../scripts/serve';

export const LONG_TASK_TARGET_MS = 50;
export const UPDATES_TARGET_PER_SECOND = 30;
/** The link state the sweep is opened with: 2000 steps per rate, a few seconds of training. */
export const SWEEP_STATE = 'lrs1.steps=2000';

/** A figure that trains when a button is pressed, and how to tell that its training is over. */
export interface TrainingTarget {
  readonly title: string;
  /** Page and link state, relative to the site's root. */
  readonly path: string;
  readonly widget: string;
  readonly button: string;
  /** The figure's data attribute (camelCase) and the values it takes once training is over. */
  readonly doneAttribute: string;
  readonly doneValues: readonly string[];
}

/** The learning-rate chapter's sweep, at its largest step count. */
export const SWEEP_TARGET: TrainingTarget = {
  title: `LearningRateSweep trains (learning-rate/?${SWEEP_STATE})`,
  path: `learning-rate/?${SWEEP_STATE}`,
  widget: 'LearningRateSweep',
  button: 'Run sweep',
  doneAttribute: 'sweep',
  doneValues: ['done'],
};

/** The initialization chapter's experiment: one 15 000-iteration run of the page's He start, which should take about a second. */
export const INIT_EXPERIMENT_TARGET: TrainingTarget = {
  title: 'InitExperiment trains 15 000 iterations (initialization/)',
  path: 'initialization/',
  widget: 'InitExperiment',
  button: 'Run',
  doneAttribute: 'run',
  doneValues: ['completed', 'diverged'],
};

export interface TrainingRun {
  readonly seconds: number;
  readonly longestTaskMs: number;
  readonly longTasks: number;
  readonly mutationsPerSecond: number;
  readonly framesPerSecond: number;
}

/**
 * Installed in the page before the sweep starts; collects until the sweep says `done`. Kept as
 * text so that tsx's helpers (`__name`) never reach the page.
 */
const watchInPage = (target: TrainingTarget) => `(() => {
  const watch = { longest: 0, longTasks: 0, mutations: 0, frames: 0, started: 0, ended: 0, isRunning: true };
  window.trainingWatch = watch;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      watch.longest = Math.max(watch.longest, entry.duration);
      watch.longTasks += 1;
    }
  }).observe({ type: 'longtask', buffered: false });
  const sweep = document.querySelector('[data-widget="${target.widget}"]');
  const status = sweep.querySelector('[data-role="status"]');
  new MutationObserver((records) => {
    if (watch.isRunning) watch.mutations += records.length;
  }).observe(status, { childList: true, characterData: true, subtree: true });
  let shown = status.textContent;
  const frame = () => {
    if (status.textContent !== shown) {
      shown = status.textContent;
      watch.frames += 1;
    }
    if (sweep.dataset.${target.doneAttribute} !== undefined && ${JSON.stringify(target.doneValues)}.includes(sweep.dataset.${target.doneAttribute})) {
      watch.ended = performance.now();
      watch.isRunning = false;
      return;
    }
    requestAnimationFrame(frame);
  };
  watch.started = performance.now();
  requestAnimationFrame(frame);
})()`;

async function runOnce(url: string, browserPath: string, target: TrainingTarget): Promise<TrainingRun> {
  const browser = await chromium.launch({ executablePath: browserPath, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
    await page.goto(url, { waitUntil: 'load' });
    const sweep = page.locator(`[data-widget="${target.widget}"]`).first();
    await sweep.scrollIntoViewIfNeeded();
    await sweep.and(page.locator('[data-hydrated="true"]')).waitFor();
    await page.waitForLoadState('networkidle');
    await page.evaluate(watchInPage(target));
    await sweep.getByRole('button', { name: target.button, exact: true }).click();
    await page.waitForFunction(() => (window as unknown as { trainingWatch: { isRunning: boolean } }).trainingWatch.isRunning === false, null, { timeout: 120_000 });
    const watch = await page.evaluate(() => (window as unknown as { trainingWatch: Record<string, number> }).trainingWatch);
    const seconds = (watch.ended - watch.started) / 1000;
    return {
      seconds,
      longestTaskMs: watch.longest,
      longTasks: watch.longTasks,
      mutationsPerSecond: watch.mutations / seconds,
      framesPerSecond: watch.frames / seconds,
    };
  } finally {
    await browser.close();
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs the chapter's sweep `runs` times; returns every run and the medians. */
export async function benchTraining(options: { dist: string; runs: number; target?: TrainingTarget }): Promise<{ runs: TrainingRun[]; median: TrainingRun; target: TrainingTarget }> {
  const target = options.target ?? SWEEP_TARGET;
  const server = await serve({ dir: options.dist, port: 0, gzip: true });
  const browserPath = findBrowser();
  const runs: TrainingRun[] = [];
  try {
    for (let i = 0; i < options.runs; i += 1) runs.push(await runOnce(new URL(target.path, server.url).href, browserPath, target));
  } finally {
    await server.close();
  }
  const pick = (key: keyof TrainingRun) => median(runs.map((run) => run[key]));
  return {
    runs,
    target,
    median: {
      seconds: pick('seconds'),
      longestTaskMs: pick('longestTaskMs'),
      longTasks: pick('longTasks'),
      mutationsPerSecond: pick('mutationsPerSecond'),
      framesPerSecond: pick('framesPerSecond'),
    },
  };
}

export function printTraining(result: { runs: TrainingRun[]; median: TrainingRun; target: TrainingTarget }): void {
  const { median: m } = result;
  console.log(`\nWhile ${result.target.title} (Chromium, median of ${result.runs.length} runs of ${m.seconds.toFixed(2)} s)`);
  const longest = m.longTasks === 0 ? `< ${LONG_TASK_TARGET_MS} ms (no long task)` : `${Math.round(m.longestTaskMs)} ms (${m.longTasks} long tasks)`;
  console.log(`  longest main-thread task   ${longest.padEnd(32)} target ≤ ${LONG_TASK_TARGET_MS} ms   ${m.longTasks === 0 || m.longestTaskMs <= LONG_TASK_TARGET_MS ? 'PASS' : 'FAIL'}`);
  console.log(`  status updates on screen   ${`${m.framesPerSecond.toFixed(1)}/s (${m.mutationsPerSecond.toFixed(1)} mutations/s)`.padEnd(32)} target ≥ ${UPDATES_TARGET_PER_SECOND}/s   ${m.framesPerSecond >= UPDATES_TARGET_PER_SECOND ? 'PASS' : 'FAIL'}`);
  for (const run of result.runs) {
    console.log(`    run: ${run.seconds.toFixed(2)} s, longest task ${Math.round(run.longestTaskMs)} ms, ${run.framesPerSecond.toFixed(1)} frames/s, ${run.mutationsPerSecond.toFixed(1)} mutations/s`);
  }
}
