// The site's Content-Security-Policy, computed from the built pages: every page gets a
// <meta> policy that allows its own inline scripts by hash and nothing else inline, and
// `_headers` gives hosts that read one (Netlify, Cloudflare Pages) the same policy as a
// header, plus what only a header can say (frame-ancestors).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeBase } from '../url';
import { listOutputFiles } from './output-files';

/** The file a static host reads its response headers from, in the build's output folder. */
export const HEADERS_FILE = '_headers';

// An inline script's text runs up to the first `</script`; a script with src= has no inline body to hash.
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script[\s/>]/gi;
const HAS_SRC = /(^|\s)src\s*=/i;

/**
 * The CSP source of every inline script of a page (`'sha256-…'`), once each, in page order.
 * The browser hashes the script's text as UTF-8 after the parser turns CR LF and CR into LF.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes, body] of html.matchAll(SCRIPT)) {
    if (HAS_SRC.test(attributes)) continue;
    const text = body.replace(/\r\n?/g, '\n');
    hashes.add(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/**
 * The policy for pages that run the given inline scripts. Styles stay `'unsafe-inline'`:
 * KaTeX sets inline styles on every formula and Plot on its charts. `data:` fonts are
 * KaTeX's, inlined by the bundler; `data:` images, the favicon. A <meta> policy cannot
 * carry `frame-ancestors` (the browser ignores it with a warning), so only the header adds it.
 */
export function contentSecurityPolicy(scriptHashes: readonly string[], { isHeader = false } = {}): string {
  const directives = [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "worker-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    ...(isHeader ? ["frame-ancestors 'none'"] : []),
  ];
  return directives.join('; ');
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/**
 * The page with its policy as the first thing after `<meta charset>` (or at the top of
 * <head>), so it is in force before any script. Throws when the page has no <head>, or
 * already carries a policy, instead of shipping a page the policy does not cover.
 */
export function withPolicyMeta(html: string, policy: string, file: string): string {
  if (/<meta\s[^>]*http-equiv\s*=\s*"?content-security-policy/i.test(html)) {
    throw new Error(`${file}: already has a Content-Security-Policy meta; the build adds the only one`);
  }
  const head = /<head\b[^>]*>/i.exec(html);
  if (!head) throw new Error(`${file}: no <head> to put the Content-Security-Policy in`);
  const afterHead = head.index + head[0].length;
  const charset = /^\s*<meta\s+charset\s*=\s*"?[\w-]+"?\s*\/?>/i.exec(html.slice(afterHead));
  const at = afterHead + (charset ? charset[0].length : 0);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}">`;
  return html.slice(0, at) + meta + html.slice(at);
}

/**
 * `_headers` in the format Netlify and Cloudflare Pages read: every path under the base
 * gets the header policy. It allows the inline scripts of all pages together; each page's
 * own <meta> policy narrows that to its own scripts, since a browser enforces both.
 */
export function headersFile(base: string, scriptHashes: readonly string[]): string {
  return [
    `${normalizeBase(base)}*`,
    `  Content-Security-Policy: ${contentSecurityPolicy(scriptHashes, { isHeader: true })}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '',
  ].join('\n');
}

/** What applying the policy found: the number of inline-script hashes on each page. */
export interface PolicyReport {
  hashesPerPage: Map<string, number>;
}

/** Adds the policy to every emitted page of `dir` and writes `_headers`. */
export function applyContentSecurityPolicy(dir: string, base: string): PolicyReport {
  const hashesPerPage = new Map<string, number>();
  const allHashes = new Set<string>();
  for (const file of listOutputFiles(dir, '.html')) {
    const path = join(dir, file);
    const html = readFileSync(path, 'utf8');
    const hashes = inlineScriptHashes(html);
    hashes.forEach((hash) => allHashes.add(hash));
    hashesPerPage.set(file, hashes.length);
    writeFileSync(path, withPolicyMeta(html, contentSecurityPolicy(hashes), file));
  }
  writeFileSync(join(dir, HEADERS_FILE), headersFile(base, [...allHashes]));
  return { hashesPerPage };
}
