import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  applyContentSecurityPolicy,
  contentSecurityPolicy,
  headersFile,
  inlineScriptHashes,
  withPolicyMeta,
} from '../../../src/site/build/content-security-policy';
import { headersFor, parseHeadersFile, serve } from '../../../scripts/serve';
import { tempSites } from './temp-site';

// Hashes worked out with `printf 'alert(1)' | openssl dgst -sha256 -binary | base64`.
const ALERT = "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='";
const A_NEWLINE_B = "'sha256-fhj3NzEbLcOy8mndeDlrA1HxT7Zu+oefdoyyMYGIPHg='";

const page = (head: string, body = '') => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>t</title>${head}</head><body>${body}</body></html>`;

describe('inlineScriptHashes(html)', () => {
  test('hashes each inline script once, in page order, and skips scripts with src', () => {
    const html = page('<script>alert(1)</script><script type="module" src="/_astro/a.js"></script>', '<script>a\nb</script><script>alert(1)</script>');
    expect(inlineScriptHashes(html)).toEqual([ALERT, A_NEWLINE_B]);
  });

  test('hashes the text as the browser parses it: CR LF and CR become LF', () => {
    expect(inlineScriptHashes(page('<script>a\r\nb</script>'))).toEqual([A_NEWLINE_B]);
    expect(inlineScriptHashes(page('<script>a\rb</script>'))).toEqual([A_NEWLINE_B]);
  });

  test('reads attributes without quotes and a closing tag with spaces', () => {
    expect(inlineScriptHashes(page('<script type=module>alert(1)</script >'))).toEqual([ALERT]);
    expect(inlineScriptHashes(page('<script data-x="src=">alert(1)</script>'))).toEqual([ALERT]);
  });
});

describe('contentSecurityPolicy(hashes)', () => {
  test('is the strict policy, with frame-ancestors only in the header', () => {
    expect(contentSecurityPolicy([ALERT])).toBe(
      `default-src 'self'; script-src 'self' ${ALERT}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; worker-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'`,
    );
    expect(contentSecurityPolicy([ALERT], { isHeader: true })).toBe(`${contentSecurityPolicy([ALERT])}; frame-ancestors 'none'`);
    expect(contentSecurityPolicy([])).toContain("script-src 'self'; ");
  });
});

describe('withPolicyMeta(html, policy, file)', () => {
  test('puts the policy right after <meta charset>, before any script', () => {
    const html = withPolicyMeta(page('<script>alert(1)</script>'), contentSecurityPolicy([ALERT]), 'index.html');
    const meta = html.indexOf('<meta http-equiv="Content-Security-Policy"');
    expect(meta).toBe(html.indexOf('<meta charset="utf-8">') + '<meta charset="utf-8">'.length);
    expect(meta).toBeLessThan(html.indexOf('<script'));
    expect(html).toContain(`content="${contentSecurityPolicy([ALERT])}"`);
  });

  test('goes first in <head> when the page has no charset there', () => {
    const html = withPolicyMeta('<html><head><script>alert(1)</script></head></html>', "default-src 'self'", 'a.html');
    expect(html).toBe(`<html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'"><script>alert(1)</script></head></html>`);
  });

  test('refuses a page without <head>, or with a policy of its own', () => {
    expect(() => withPolicyMeta('<p>hi</p>', "default-src 'self'", 'bare.html')).toThrow('bare.html: no <head> to put the Content-Security-Policy in');
    expect(() => withPolicyMeta(page('<meta http-equiv="content-security-policy" content="default-src *">'), "default-src 'self'", 'own.html')).toThrow(
      'own.html: already has a Content-Security-Policy meta',
    );
  });
});

describe('headersFile(base, hashes) read back by the local server', () => {
  test('gives every path under the base the header policy, and nothing outside it', () => {
    const rules = parseHeadersFile(headersFile('/course/', [ALERT]));
    const policy = headersFor(rules, '/course/neuron/')['content-security-policy'];
    expect(policy).toBe(contentSecurityPolicy([ALERT], { isHeader: true }));
    expect(policy).toMatch(new RegExp(`^default-src 'self'; script-src 'self' ${ALERT.replace(/[+]/g, '\\+')}; .*; frame-ancestors 'none'$`));
    expect(headersFor(rules, '/course/_astro/engine-worker.js')['x-content-type-options']).toBe('nosniff');
    expect(headersFor(rules, '/elsewhere/')).toEqual({});
  });

  test('parseHeadersFile reads exact paths, comments and several rules; headersFor joins a repeated header', () => {
    const rules = parseHeadersFile('# comment\n/a\n  X-One: 1\n/*\n  X-One: 2\n  X-Two: two: with colon\n');
    expect(headersFor(rules, '/a')).toEqual({ 'x-one': '1, 2', 'x-two': 'two: with colon' });
    expect(headersFor(rules, '/b')).toEqual({ 'x-one': '2', 'x-two': 'two: with colon' });
  });
});

describe('applyContentSecurityPolicy(dir, base)', () => {
  const site = tempSites('nn-csp-');

  test('gives each page a policy with its own hashes, and _headers all of them', () => {
    const dir = site({
      'index.html': page('<script>alert(1)</script>'),
      'neuron/index.html': page('<script>a\nb</script>', '<script>alert(1)</script>'),
      '404.html': page(''),
    });
    const { hashesPerPage } = applyContentSecurityPolicy(dir, '/');
    expect(Object.fromEntries(hashesPerPage)).toEqual({ '404.html': 0, 'index.html': 1, 'neuron/index.html': 2 });
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toContain(`script-src 'self' ${ALERT};`);
    expect(readFileSync(join(dir, 'neuron/index.html'), 'utf8')).toContain(`script-src 'self' ${A_NEWLINE_B} ${ALERT};`);
    expect(readFileSync(join(dir, '404.html'), 'utf8')).toContain("script-src 'self'; ");
    const headers = readFileSync(join(dir, '_headers'), 'utf8');
    expect(headers.split('\n')[0]).toBe('/*');
    expect(headers).toContain(`script-src 'self' ${ALERT} ${A_NEWLINE_B}; `);
  });
});

describe('serve(options) over a build with _headers', () => {
  const site = tempSites('nn-csp-serve-');

  test('sends its headers with pages, files and the 404 page, and does not serve the file itself', async () => {
    const dir = site({ 'index.html': page('<script>alert(1)</script>'), '404.html': page(''), 'a.js': '1' });
    applyContentSecurityPolicy(dir, '/course/');
    const server = await serve({ dir, base: '/course/', port: 0 });
    try {
      for (const path of ['/course/', '/course/a.js', '/course/missing/']) {
        const response = await fetch(new URL(path, server.url));
        expect(response.headers.get('content-security-policy'), path).toMatch(/; frame-ancestors 'none'$/);
      }
      expect((await fetch(new URL('/course/_headers', server.url))).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
