import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { acceptsGzip, readFlags, serve, type RunningServer } from '../../../scripts/serve';

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

test('readFlags reads a flag without a value as true', () => {
  expect(Object.fromEntries(readFlags(['--gzip', '--port', '4400', '--open']))).toEqual({ gzip: 'true', port: '4400', open: 'true' });
});

test('acceptsGzip reads Accept-Encoding, q=0 refusing', () => {
  expect(acceptsGzip('gzip, deflate, br')).toBe(true);
  expect(acceptsGzip('br;q=1.0, gzip;q=0.8')).toBe(true);
  expect(acceptsGzip('*')).toBe(true);
  expect(acceptsGzip('gzip;q=0')).toBe(false);
  expect(acceptsGzip('identity')).toBe(false);
  expect(acceptsGzip(undefined)).toBe(false);
});

describe('serve({ gzip: true })', () => {
  let dir = '';
  let server: RunningServer;
  const page = '<h1>home</h1>' + '<p>words words words</p>'.repeat(200);
  /** Raw response (fetch would decompress): status, headers and body bytes. */
  const get = (path: string, acceptEncoding?: string) =>
    new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
      const url = new URL(path, server.url);
      const headers = acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding };
      request(url, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
      }).on('error', reject).end();
    });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nn-serve-gzip-'));
    writeFileSync(join(dir, 'index.html'), page);
    writeFileSync(join(dir, 'font.woff2'), Buffer.from([1, 2, 3, 4]));
    server = await serve({ dir, port: 0, gzip: true });
  });

  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('sends text gzipped to a client that accepts it, and plain to one that does not', async () => {
    const zipped = await get('/', 'gzip, deflate');
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('accept-encoding');
    expect(zipped.body.length).toBeLessThan(page.length / 5);
    expect(gunzipSync(zipped.body).toString()).toBe(page);
    const plain = await get('/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(page);
  });

  test('sends an already compressed font as it is', async () => {
    const font = await get('/font.woff2', 'gzip');
    expect(font.headers['content-encoding']).toBeUndefined();
    expect([...font.body]).toEqual([1, 2, 3, 4]);
  });
});

test('serve() without gzip never compresses', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nn-serve-plain-'));
  writeFileSync(join(dir, 'index.html'), '<h1>home</h1>');
  const server = await serve({ dir, port: 0 });
  try {
    const response = await fetch(server.url, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBeNull();
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
