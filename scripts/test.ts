/**
 * `npm test`: type checks, `npm audit` of the shipped packages (scripts/audit.ts: fails on a
 * high or critical advisory, warns and goes on when the advisory service is unreachable), unit
 * tests (Vitest), then the site built twice — at the root and under the
 * sub-path /course/, both into node_modules/.cache/neural-notebook/ — then the end-to-end
 * tests in Chromium against both, each served on a free port.
 * Prints how long each step took.
 */
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
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

/** Ports nothing listens on right now, chosen by the operating system; all distinct. */
async function freePorts(count: number): Promise<number[]> {
  const probes = Array.from({ length: count }, () => createServer());
  const ports = await Promise.all(
    probes.map(
      (probe) =>
        new Promise<number>((resolve, reject) => {
          probe.once('error', reject);
          probe.listen(0, '127.0.0.1', () => {
            const address = probe.address();
            resolve(typeof address === 'object' && address ? address.port : 0);
          });
        }),
    ),
  );
  await Promise.all(probes.map((probe) => new Promise((done) => probe.close(done))));
  return ports;
}

// The root build goes to its own folder rather than dist/, so that another `astro build`
// in the same checkout cannot swap the site out from under the browser tests.
const rootDist = 'node_modules/.cache/neural-notebook/dist-root';

const steps: StepResult[] = [];
// astro check syncs the content-collection types (a fresh clone has no .astro/ yet), then
// type-checks every .astro and .ts file of tsconfig.json; warnings and hints (an unused import) fail it too.
steps.push(runStep('type check (.astro and .ts)', bin('astro'), ['check', '--minimumFailingSeverity', 'hint']));
steps.push(runStep('type check (engine, no DOM)', bin('tsc'), ['-p', 'src/engine/tsconfig.json']));
steps.push(runStep('audit (shipped packages)', bin('tsx'), ['scripts/audit.ts']));
steps.push(runStep('unit tests', bin('vitest'), ['run']));
steps.push(runStep('build', bin('astro'), ['build'], { BASE_PATH: ROOT_SITE.base, OUT_DIR: rootDist }));
steps.push(
  runStep('build under /course/', bin('astro'), ['build'], {
    BASE_PATH: SUBPATH_SITE.base,
    OUT_DIR: SUBPATH_SITE.dist,
    CACHE_DIR: 'node_modules/.cache/neural-notebook/astro-course',
  }),
);
rmSync('test-results/screenshots', { recursive: true, force: true });
const [rootPort, subpathPort] = await freePorts(2);
steps.push(
  runStep('end-to-end tests', bin('playwright'), ['test', ...process.argv.slice(2)], {
    CHROMIUM_PATH: browser,
    E2E_SUBPATH: '1',
    E2E_REUSE_SERVER: '0',
    E2E_PORT: String(rootPort),
    E2E_SUBPATH_PORT: String(subpathPort),
    E2E_DIST: rootDist,
  }),
);

console.log('\nnpm test passed');
for (const step of steps) console.log(`  ${step.name.padEnd(28)} ${step.seconds.toFixed(1).padStart(6)} s`);
console.log(`  ${'total'.padEnd(28)} ${steps.reduce((sum, step) => sum + step.seconds, 0).toFixed(1).padStart(6)} s`);
console.log('Screenshots of every page: test-results/screenshots/');
