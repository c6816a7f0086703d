import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFlags, serve, type RunningServer } from '../../../scripts/serve';

describe('serve() under the base /course/', () => {
  let dir = '';
  let server: RunningServer;
  const get = (path: string) => fetch(new URL(path, server.url), { redirect: 'manual' });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nn-serve-'));
    mkdirSync(join(dir, 'neuron'));
    writeFileSync(join(dir, 'index.html'), '<h1>home</h1>');
    writeFileSync(join(dir, 'neuron', 'index.html'), '<h1>neuron</h1>');
    writeFileSync(join(dir, '404.html'), '<h1>missing</h1>');
    writeFileSync(join(dir, 'worker.js'), 'self.onmessage = () => {};');
    server = await serve({ dir, base: '/course/', port: 0 });
  });

  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('prints its address with the base path', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/course\/$/);
  });

  test('serves index.html for directories and files with their type', async () => {
    const home = await get('/course/');
    expect(home.status).toBe(200);
    expect(await home.text()).toBe('<h1>home</h1>');
    const page = await get('/course/neuron/');
    expect(await page.text()).toBe('<h1>neuron</h1>');
    const worker = await get('/course/worker.js');
    expect(worker.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  test('redirects a directory without its trailing slash, and the bare base', async () => {
    expect((await get('/course/neuron')).headers.get('location')).toBe('/course/neuron/');
    expect((await get('/course')).headers.get('location')).toBe('/course/');
  });

  test('answers 404 with the site 404 page outside the base and for unknown files', async () => {
    for (const path of ['/neuron/', '/course/nothing/', '/course/%2e%2e/%2e%2e/etc/passwd']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text()).toBe('<h1>missing</h1>');
    }
  });
});

test('readFlags reads --name value pairs', () => {
  expect(Object.fromEntries(readFlags(['--dir', 'dist', '--port', '4400', 'stray']))).toEqual({ dir: 'dist', port: '4400' });
});
