/**
 * Starts the system Chromium headless with a DevTools port, for Lighthouse (which drives a
 * browser over that port rather than through Playwright).
 *
 *   const browser = await startChromium();   // browser.port
 *   await browser.close();
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBrowser } from '../scripts/find-browser';

export interface RunningChromium {
  readonly port: number;
  close(): Promise<void>;
}

export function startChromium(): Promise<RunningChromium> {
  const profile = mkdtempSync(join(tmpdir(), 'nn-bench-chromium-'));
  const child = spawn(findBrowser(), [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--no-default-browser-check',
    '--remote-debugging-port=0',
    `--user-data-dir=${profile}`,
    'about:blank',
  ], { stdio: ['ignore', 'ignore', 'pipe'] });
  const close = async (): Promise<void> => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(profile, { recursive: true, force: true });
  };
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      void close();
      reject(new Error(`Chromium did not open its DevTools port within 30 s:\n${output}`));
    }, 30_000);
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (text: string) => {
      output += text;
      const found = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
      if (found) {
        clearTimeout(timer);
        child.stderr.removeAllListeners('data');
        child.stderr.resume();
        resolve({ port: Number(found[1]), close });
      }
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}
