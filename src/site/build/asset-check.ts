import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeBase } from '../url';
import { listOutputFiles, resolveOutputFile } from './output-files';

// `new URL('…', import.meta.url)`: how bundled code finds its workers and other files.
const URL_FROM_MODULE = /new URL\(\s*["'`]([^"'`]+)["'`]\s*,\s*import\.meta\.url\s*\)/g;
// Static and dynamic imports between emitted chunks.
const CHUNK_IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s*)["'`]((?:\.{1,2}\/|\/)[^"'`]+)["'`]/g;
// url(…) in stylesheets: fonts and images.
const CSS_URL = /url\(\s*["']?([^"')]+)["']?\s*\)/g;

function referencesIn(file: string, text: string): { kind: string; url: string }[] {
  if (file.endsWith('.css')) {
    return [...text.matchAll(CSS_URL)].map((match) => ({ kind: 'url()', url: match[1] }));
  }
  return [
    ...[...text.matchAll(URL_FROM_MODULE)].map((match) => ({ kind: 'new URL()', url: match[1] })),
    ...[...text.matchAll(CHUNK_IMPORT)].map((match) => ({ kind: 'import', url: match[1] })),
  ];
}

/**
 * Checks the references inside emitted scripts and stylesheets (workers, chunks, fonts)
 * the way a browser resolves them from the file's own URL under `base`. Returns one
 * line per reference that points outside the base or at a file the build did not emit.
 */
export function checkAssetReferences(dir: string, base: string): string[] {
  const prefix = normalizeBase(base);
  const problems: string[] = [];
  const files = [...listOutputFiles(dir, '.js'), ...listOutputFiles(dir, '.mjs'), ...listOutputFiles(dir, '.css')];
  for (const file of files) {
    const fileUrl = `http://site.invalid${prefix}${file}`;
    const seen = new Set<string>();
    for (const { kind, url } of referencesIn(file, readFileSync(join(dir, file), 'utf8'))) {
      if (seen.has(url) || url.startsWith('data:')) continue;
      seen.add(url);
      const target = new URL(url, fileUrl);
      if (target.host !== 'site.invalid') continue;
      const say = (expected: string, got: string) => problems.push(`${file} › ${kind} "${url}": expected ${expected}, got ${got}`);
      if (!target.pathname.startsWith(prefix)) {
        say(`a file under the base ${prefix}`, target.pathname);
      } else if (resolveOutputFile(dir, target.pathname.slice(prefix.length)) === null) {
        say('a file of this site', `nothing at ${target.pathname}`);
      }
    }
  }
  return problems;
}
