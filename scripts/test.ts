/**
 * `npm test`: type checks, `npm audit` of the shipped packages (scripts/audit.ts: fails on a
 * high or critical advisory, warns and goes on when the advisory service is unreachable), unit
 * tests (Vitest), then the site built twice — at the root and under the
 * sub-path /course/, both into node_modules/.cache/neural-notebook/ — then the end-to-end
 * tests in Chromium against both, each served on a free port.
 *
 * Steps that leave a core idle run side by side, in two phases:
 *   1. astro check, then the two builds (one core each, mostly)  ‖  tsc, audit, the unit tests
 *   2. the end-to-end tests  ‖  the fixture builds of test/site/build.test.ts
 * Everything that runs `astro` (check, build, the fixture builds) writes the project's .astro/
 * folder, so no two of them ever run at once: the fixture builds wait for the site's builds.
 * A side step's output is printed when it ends; the steps in the lead stream theirs.
 * Prints how long each step took and when it started.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { ROOT_SITE, SUBPATH_SITE } from './e2e-sites.ts';
import { findBrowser } from './find-browser.ts';
import { bin } from './run-step.ts';

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

interface Step {
  name: string;
  command: string;
  args: readonly string[];
  env?: NodeJS.ProcessEnv;
}

interface StepRun {
  name: string;
  startedAt: number;
  seconds: number;
  ok: boolean;
}

const started = performance.now();
const runs: StepRun[] = [];
const sinceStart = () => (performance.now() - started) / 1000;

/**
 * Runs one step. In the lead its output streams; beside another (`isQuiet`) it is collected
 * and printed in one piece when the step ends, so two steps' lines never interleave.
 */
function runStep(step: Step, isQuiet: boolean): Promise<StepRun> {
  const startedAt = sinceStart();
  console.log(`\n▶ ${step.name}${isQuiet ? ' (beside the lead; its output follows when it ends)' : ''}: ${[step.command, ...step.args].join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(step.command, step.args, {
      stdio: isQuiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { ...process.env, ...(isQuiet ? { FORCE_COLOR: '0' } : {}), ...step.env },
    });
    const output: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
    const finish = (ok: boolean, why: string) => {
      const run = { name: step.name, startedAt, seconds: sinceStart() - startedAt, ok };
      if (isQuiet) process.stdout.write(`\n── ${step.name} ──\n${Buffer.concat(output).toString()}`);
      console.log(ok ? `✓ ${step.name} (${run.seconds.toFixed(1)} s)` : `✗ ${step.name} ${why} after ${run.seconds.toFixed(1)} s`);
      runs.push(run);
      resolve(run);
    };
    child.on('error', (error) => finish(false, `could not start ${step.command}: ${error.message}`));
    child.on('close', (code, signal) => finish(code === 0, `failed (exit code ${code ?? signal})`));
  });
}

/** Runs the steps one after another; stops at the first that fails. */
async function lane(steps: readonly Step[], isQuiet: boolean): Promise<boolean> {
  for (const step of steps) {
    if (!(await runStep(step, isQuiet)).ok) return false;
  }
  return true;
}

/** Exits with a failure when any step so far failed, naming them. */
function stopOnFailure(): void {
  const failed = runs.filter((run) => !run.ok);
  if (failed.length === 0) return;
  console.error(`\nnpm test failed: ${failed.map((run) => run.name).join(', ')}`);
  process.exit(1);
}

// The root build goes to its own folder rather than dist/, so that another `astro build`
// in the same checkout cannot swap the site out from under the browser tests.
const rootDist = 'node_modules/.cache/neural-notebook/dist-root';
// The fixture builds: full `astro build`s of test/fixtures/content (see vitest.config.ts).
const FIXTURE_BUILDS = 'test/site/build.test.ts';

// Phase 1. astro check syncs the content-collection types (a fresh clone has no .astro/ yet),
// then type-checks every .astro and .ts file of tsconfig.json; warnings and hints (an unused
// import) fail it too.
await Promise.all([
  lane(
    [
      { name: 'type check (.astro and .ts)', command: bin('astro'), args: ['check', '--minimumFailingSeverity', 'hint'] },
      { name: 'build', command: bin('astro'), args: ['build'], env: { BASE_PATH: ROOT_SITE.base, OUT_DIR: rootDist } },
      {
        name: 'build under /course/',
        command: bin('astro'),
        args: ['build'],
        env: { BASE_PATH: SUBPATH_SITE.base, OUT_DIR: SUBPATH_SITE.dist, CACHE_DIR: 'node_modules/.cache/neural-notebook/astro-course' },
      },
    ],
    false,
  ),
  lane(
    [
      { name: 'type check (engine, no DOM)', command: bin('tsc'), args: ['-p', 'src/engine/tsconfig.json'] },
      { name: 'audit (shipped packages)', command: bin('tsx'), args: ['scripts/audit.ts'] },
      { name: 'unit tests', command: bin('vitest'), args: ['run', '--exclude', FIXTURE_BUILDS] },
    ],
    true,
  ),
]);
stopOnFailure();

// Phase 2: the browser tests, and beside them the fixture builds (astro is free again).
rmSync('test-results/screenshots', { recursive: true, force: true });
const [rootPort, subpathPort] = await freePorts(2);
await Promise.all([
  lane(
    [
      {
        name: 'end-to-end tests',
        command: bin('playwright'),
        args: ['test', ...process.argv.slice(2)],
        env: {
          CHROMIUM_PATH: browser,
          E2E_SUBPATH: '1',
          E2E_REUSE_SERVER: '0',
          E2E_PORT: String(rootPort),
          E2E_SUBPATH_PORT: String(subpathPort),
          E2E_DIST: rootDist,
        },
      },
    ],
    false,
  ),
  lane([{ name: 'unit tests: fixture builds', command: bin('vitest'), args: ['run', FIXTURE_BUILDS] }], true),
]);
stopOnFailure();

console.log('\nnpm test passed');
console.log(`  ${'step'.padEnd(30)} ${'start'.padStart(7)} ${'took'.padStart(7)}`);
for (const run of [...runs].sort((a, b) => a.startedAt - b.startedAt)) {
  console.log(`  ${run.name.padEnd(30)} ${run.startedAt.toFixed(1).padStart(5)} s ${run.seconds.toFixed(1).padStart(5)} s`);
}
console.log(`  ${'total (wall clock)'.padEnd(30)} ${''.padStart(7)} ${sinceStart().toFixed(1).padStart(5)} s`);
console.log('Screenshots of every page: test-results/screenshots/');
