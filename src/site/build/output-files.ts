// Where files of the built site live and at which URLs a static host serves them.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { normalizeBase } from '../url';

/** Every file under `dir` whose name ends in `extension`, as sorted relative paths. */
export function listOutputFiles(dir: string, extension: string): string[] {
  const found: string[] = [];
  const stack = [dir];
  while (stack.length > 0) {
    const current = stack.pop() as string;
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) stack.push(path);
      else if (name.endsWith(extension)) found.push(relative(dir, path).split('\\').join('/'));
    }
  }
  return found.sort();
}

/** Where a static host serves an emitted HTML file, relative to the base: `neuron/index.html` → `neuron/`. */
export function pagePathOf(file: string): string {
  return file.replace(/(^|\/)index\.html$/, '$1');
}

/** The URL path at which a static host serves an emitted HTML file. */
export function pageUrl(base: string, file: string): string {
  return normalizeBase(base) + pagePathOf(file);
}

/** The output file a site path maps to, or null when nothing is there. */
export function resolveOutputFile(dir: string, sitePath: string): string | null {
  const decoded = decodeURIComponent(sitePath);
  const candidates = decoded === '' || decoded.endsWith('/')
    ? [`${decoded}index.html`]
    : [decoded, `${decoded}/index.html`];
  for (const candidate of candidates) {
    const full = join(dir, candidate);
    if (existsSync(full) && statSync(full).isFile()) return candidate;
  }
  return null;
}
