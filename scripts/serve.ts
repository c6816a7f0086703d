/**
 * A small static file server for the built site, as any static host would serve it:
 * `/neuron/` serves `neuron/index.html`, `/neuron` redirects to `/neuron/`, unknown paths
 * get `404.html` with status 404, and everything lives under the base path (`/` or
 * `/course/`). Headers listed in the build's `_headers` file (the Netlify and Cloudflare
 * Pages format: a path line, then indented `Name: value` lines) are sent as those hosts
 * send them, so the Content-Security-Policy header is in force locally too; the file
 * itself is not served. Used by `npm start` and by the end-to-end tests. With `--gzip` it
 * compresses text files for clients that accept it, as a production host does; the bench
 * measures the site that way (a plain server makes every page look several times heavier).
 *
 *   tsx scripts/serve.ts [--dir dist] [--port 4321] [--base /course/] [--gzip]
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { normalizeBase } from '../src/site/url.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

export interface ServeOptions {
  dir: string;
  base?: string;
  port?: number;
  host?: string;
  /** Compress text files (HTML, CSS, JavaScript, SVG, JSON…) for clients that accept gzip. */
  gzip?: boolean;
}

/** Types worth compressing: text. Fonts (woff2 is compressed already) and images are sent as they are. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|wasm)|image\/svg\+xml|font\/ttf)/;

/** Whether a request's Accept-Encoding allows gzip (a q=0 refuses it). */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  return (acceptEncoding ?? '').split(',').some((part) => {
    const [name, ...params] = part.trim().split(';');
    const quality = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
    return (name === 'gzip' || name === '*') && (quality === undefined || Number(quality.slice(2)) > 0);
  });
}

export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

/** The file a request path maps to inside `root`, or null; never escapes `root`. */
function findFile(root: string, relativePath: string): { file: string } | { redirect: true } | null {
  const candidate = normalize(join(root, relativePath));
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  if (!existsSync(candidate)) return null;
  if (statSync(candidate).isFile()) return { file: candidate };
  const index = join(candidate, 'index.html');
  if (!existsSync(index)) return null;
  return relativePath === '' || relativePath.endsWith('/') ? { file: index } : { redirect: true };
}

/** One rule of a `_headers` file: a path (`*` at its end matches any rest) and its headers. */
export interface HeaderRule {
  path: string;
  headers: [string, string][];
}

/** Reads the rules of a `_headers` file; `#` lines are comments. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (rule && colon > 0) rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** The headers every rule matching `pathname` adds, as a host applies them. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    const matches = rule.path.endsWith('*') ? pathname.startsWith(rule.path.slice(0, -1)) : pathname === rule.path;
    if (!matches) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      // Two rules giving one header: the host joins the values, as HTTP allows.
      headers[key] = headers[key] === undefined ? value : `${headers[key]}, ${value}`;
    }
  }
  return headers;
}

/** Starts serving `dir` under `base`; resolves once the port is listening. */
export function serve(options: ServeOptions): Promise<RunningServer> {
  const root = resolve(options.dir);
  const base = normalizeBase(options.base);
  const host = options.host ?? '127.0.0.1';
  // Compressed once per file version, so repeated requests cost no CPU (the bench times page loads).
  const compressed = new Map<string, { modified: number; body: Buffer }>();
  const gzipOf = (file: string): Buffer => {
    const modified = statSync(file).mtimeMs;
    const cached = compressed.get(file);
    if (cached && cached.modified === modified) return cached.body;
    const body = gzipSync(readFileSync(file), { level: 9 });
    compressed.set(file, { modified, body });
    return body;
  };
  const headersPath = join(root, '_headers');
  const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const send = (status: number, file: string) => {
      const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
      const headers: Record<string, string> = { ...headersFor(rules, url.pathname), 'content-type': type, 'cache-control': 'no-cache' };
      if (options.gzip && COMPRESSIBLE.test(type)) {
        headers.vary = 'accept-encoding';
        if (acceptsGzip(request.headers['accept-encoding'])) {
          const body = gzipOf(file);
          response.writeHead(status, { ...headers, 'content-encoding': 'gzip', 'content-length': String(body.length) });
          response.end(request.method === 'HEAD' ? undefined : body);
          return;
        }
      }
      response.writeHead(status, headers);
      if (request.method === 'HEAD') response.end();
      else createReadStream(file).pipe(response);
    };
    const notFound = () => {
      const page = join(root, '404.html');
      if (existsSync(page)) return send(404, page);
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    };
    if (url.pathname === base.slice(0, -1) && base !== '/') {
      response.writeHead(301, { location: base + url.search }).end();
      return;
    }
    if (!url.pathname.startsWith(base)) return notFound();
    let relativePath: string;
    try {
      relativePath = decodeURIComponent(url.pathname.slice(base.length));
    } catch {
      return notFound();
    }
    const found = relativePath === '_headers' ? null : findFile(root, relativePath);
    if (found === null) return notFound();
    if ('redirect' in found) {
      response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    send(200, found.file);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4321, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      resolvePromise({
        url: `http://${host}:${port}${base}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

/** Reads `--name value` pairs from the command line; a flag with no value (`--gzip`) reads as 'true'. */
export function readFlags(argv: readonly string[]): Map<string, string> {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 1) {
    if (!argv[i].startsWith('--')) continue;
    const hasValue = i + 1 < argv.length && !argv[i + 1].startsWith('--');
    flags.set(argv[i].slice(2), hasValue ? argv[i + 1] : 'true');
    if (hasValue) i += 1;
  }
  return flags;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const flags = readFlags(process.argv.slice(2));
  const dir = flags.get('dir') ?? 'dist';
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`serve: ${dir}/index.html is missing; build the site first with npm run build`);
    process.exit(1);
  }
  const running = await serve({
    dir,
    base: flags.get('base') ?? process.env.BASE_PATH,
    port: Number(flags.get('port') ?? process.env.PORT ?? 4321),
    host: flags.get('host'),
    gzip: flags.get('gzip') === 'true',
  });
  console.log(`Serving ${dir} at ${running.url}${flags.get('gzip') === 'true' ? ' (gzip)' : ''}`);
}
