import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeBase } from '../url';
import { listOutputFiles, pageUrl, resolveOutputFile } from './output-files';

/** The meta tag through which a page names the content file it was built from. */
export const SOURCE_META = 'nn:source';

/** What the checker reads from one emitted page. */
export interface PageFacts {
  /** Path of the HTML file inside the output folder, e.g. `neuron/index.html`. */
  file: string;
  /** The content file the page was built from, if any. */
  source: string | null;
  ids: Set<string>;
  /** Every `href`/`src` that points into the site, with the tag it came from. */
  links: { tag: string; url: string }[];
}

const TAG = /<(a|link|script|img|source|iframe|use)\b([^>]*)>/gi;
const ATTRIBUTE = /([:\w-]+)\s*=\s*"([^"]*)"/g;
const ID = /\sid\s*=\s*"([^"]*)"/g;
// Old-style anchors: <a name="…"> is a link target too.
const ANCHOR_NAME = /<a\b[^>]*\sname\s*=\s*"([^"]*)"/gi;

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    // Numeric references too: Astro writes the & between a link's query settings as &#38;.
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([\da-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Reads ids, links and the source note from one page's HTML. */
export function readPageFacts(file: string, html: string): PageFacts {
  const ids = new Set([...html.matchAll(ID), ...html.matchAll(ANCHOR_NAME)].map((match) => decodeEntities(match[1])));
  const links: PageFacts['links'] = [];
  let source: string | null = null;
  for (const [, tag, body] of html.matchAll(TAG)) {
    const attributes = new Map([...body.matchAll(ATTRIBUTE)].map((m) => [m[1].toLowerCase(), decodeEntities(m[2])]));
    for (const name of ['href', 'src', 'xlink:href']) {
      const url = attributes.get(name);
      if (url !== undefined) links.push({ tag: tag.toLowerCase(), url });
    }
  }
  const meta = html.match(new RegExp(`<meta name="${SOURCE_META}" content="([^"]*)"`));
  if (meta) source = decodeEntities(meta[1]);
  return { file, source, ids, links };
}

/**
 * Checks that every internal link, asset and `#anchor` in the built site resolves to an
 * emitted file or an element id, under the base path the site was built for. Returns
 * one line per problem, naming the content file when the page came from one.
 */
export function checkLinks(dir: string, base: string): string[] {
  const prefix = normalizeBase(base);
  const pages = new Map(listOutputFiles(dir, '.html').map((file) => [file, readPageFacts(file, readFileSync(join(dir, file), 'utf8'))]));
  const problems: string[] = [];
  for (const page of pages.values()) {
    const from = page.source ? `${page.source} (page ${pageUrl(base, page.file)})` : `page ${pageUrl(base, page.file)}`;
    const seen = new Set<string>();
    for (const { tag, url } of page.links) {
      const target = new URL(url, `http://site.invalid${pageUrl(base, page.file)}`);
      if (target.host !== 'site.invalid' || seen.has(url)) continue;
      seen.add(url);
      const say = (expected: string, got: string) => problems.push(`${from} › <${tag}> "${url}": expected ${expected}, got ${got}`);
      if (!target.pathname.startsWith(prefix) && target.pathname !== prefix.slice(0, -1)) {
        say(`a path under the base ${prefix}`, `${target.pathname}`);
        continue;
      }
      const file = resolveOutputFile(dir, target.pathname.slice(prefix.length));
      if (file === null) {
        say('a page or file of this site', `nothing at ${target.pathname}`);
        continue;
      }
      if (target.hash === '') continue;
      const anchor = decodeURIComponent(target.hash.slice(1));
      const facts = pages.get(file);
      if (!facts || !facts.ids.has(anchor)) {
        say(`an element with id "${anchor}" on ${target.pathname}`, 'no such id');
      }
    }
  }
  return problems;
}
