/**
 * `npm test`: unit tests (Vitest), then the site built twice — at the root (dist/) and
 * under the sub-path /course/ — then the end-to-end tests in Chromium against both.
 * Prints how long each step took.
 */
import { rmSync } from 'node:fs';
import { ROOT_SITE, SUBPATH_SITE } from './e2e-sites.ts';
import { findBrowser } from './find-browser.ts';
import { bin, runStep, type StepResult } from './run-step.ts';

let browser: string;
try {
  browser = findBrowser();
} catch (error) {
  console.error(`npm test: ${(error as Error).message}`);
  process.exit(1);
}
console.log(`Chromium: ${browser}`);

const steps: StepResult[] = [];
steps.push(runStep('unit tests', bin('vitest'), ['run']));
steps.push(runStep('build', bin('astro'), ['build'], { BASE_PATH: ROOT_SITE.base, OUT_DIR: ROOT_SITE.dist }));
steps.push(
  runStep('build under /course/', bin('astro'), ['build'], {
    BASE_PATH: SUBPATH_SITE.base,
    OUT_DIR: SUBPATH_SITE.dist,
    CACHE_DIR: 'node_modules/.cache/neural-notebook/astro-course',
  }),
);
rmSync('test-results/screenshots', { recursive: true, force: true });
steps.push(runStep('end-to-end tests', bin('playwright'), ['test', ...process.argv.slice(2)], { CHROMIUM_PATH: browser, E2E_SUBPATH: '1' }));

console.log('\nnpm test passed');
for (const step of steps) console.log(`  ${step.name.padEnd(22)} ${step.seconds.toFixed(1).padStart(6)} s`);
console.log(`  ${'total'.padEnd(22)} ${steps.reduce((sum, step) => sum + step.seconds, 0).toFixed(1).padStart(6)} s`);
console.log('Screenshots of every page: test-results/screenshots/');
