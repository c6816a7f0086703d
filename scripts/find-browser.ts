/**
 * Finds a Chromium for the end-to-end tests, in this order:
 *   1. the CHROMIUM_PATH environment variable;
 *   2. /usr/bin/chromium (Debian's package);
 *   3. Playwright's own browser cache (after `npx playwright install chromium`);
 *   4. when running as root with apt-get available: `apt-get install -y chromium`.
 * Otherwise it fails with a one-line fix.
 *
 *   tsx scripts/find-browser.ts   prints the path, or the fix on stderr with exit code 1
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export const BROWSER_FIX =
  'no Chromium found: install one (sudo apt-get install -y chromium, or npx playwright install chromium) or set CHROMIUM_PATH=/path/to/chromium';

function isExecutable(path: string | undefined): path is string {
  if (!path) return false;
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function playwrightCachedChromium(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

function hasApt(): boolean {
  try {
    execFileSync('apt-get', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The lookup order as a pure function of what exists, so it can be tested. */
export function chooseBrowser(candidates: readonly (string | undefined)[], exists: (path: string) => boolean): string | undefined {
  return candidates.find((path): path is string => path !== undefined && path !== '' && exists(path));
}

/** Returns a Chromium path, installing Debian's package as root if nothing is found. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = [env.CHROMIUM_PATH, SYSTEM_CHROMIUM, playwrightCachedChromium()];
  if (env.CHROMIUM_PATH && !isExecutable(env.CHROMIUM_PATH)) {
    throw new Error(`CHROMIUM_PATH=${env.CHROMIUM_PATH} is not an executable file: point it at a Chromium binary or unset it`);
  }
  const found = chooseBrowser(candidates, isExecutable);
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && hasApt()) {
    console.error('find-browser: no Chromium found; installing Debian chromium with apt-get');
    execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: ['ignore', 'inherit', 'inherit'] });
    if (isExecutable(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  }
  throw new Error(BROWSER_FIX);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    console.log(findBrowser());
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
