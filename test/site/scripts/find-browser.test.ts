import { expect, test } from 'vitest';
import { BROWSER_FIX, chooseBrowser, findBrowser } from '../../../scripts/find-browser';

test('chooseBrowser takes the first candidate that exists, in order', () => {
  const existing = new Set(['/usr/bin/chromium', '/cache/chrome']);
  const exists = (path: string) => existing.has(path);
  expect(chooseBrowser(['/env/chrome', '/usr/bin/chromium', '/cache/chrome'], exists)).toBe('/usr/bin/chromium');
  expect(chooseBrowser([undefined, '', '/cache/chrome'], exists)).toBe('/cache/chrome');
  expect(chooseBrowser(['/env/chrome', undefined], exists)).toBeUndefined();
});

test('findBrowser rejects a CHROMIUM_PATH that is not an executable', () => {
  expect(() => findBrowser({ CHROMIUM_PATH: '/no/such/chromium' })).toThrow(
    'CHROMIUM_PATH=/no/such/chromium is not an executable file: point it at a Chromium binary or unset it',
  );
});

test('the fix printed when no browser is found fits on one line', () => {
  expect(BROWSER_FIX).not.toContain('\n');
  expect(BROWSER_FIX).toMatch(/apt-get install -y chromium/);
});
