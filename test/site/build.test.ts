/**
 * Full `astro build` runs over fixture content (test/fixtures/content/*): each kind of
 * author mistake must stop the build with a message naming the file and the problem,
 * and a good fixture must build under a sub-path with every link and asset there.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const WORK = 'node_modules/.cache/neural-notebook/fixtures';
const TIMEOUT = 180_000;

interface BuildResult {
  code: number | null;
  output: string;
  outDir: string;
}

/**
 * The environment of a real shell: Vitest sets NODE_ENV=test, MODE, BASE_URL, PROD and
 * friends for its own import.meta.env, and Astro would read them as build settings.
 */
function shellEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(VITEST|VITE_|TEST$|NODE_ENV$|MODE$|BASE_URL$|PROD$|DEV$|SSR$)/.test(key)) delete env[key];
  }
  return env;
}

function buildFixture(name: string, env: Record<string, string> = {}): Promise<BuildResult> {
  const outDir = join(WORK, name, 'dist');
  rmSync(join(WORK, name, 'dist'), { recursive: true, force: true });
  rmSync(join(WORK, name, 'cache'), { recursive: true, force: true });
  return new Promise((resolve) => {
    const child = spawn(join('node_modules', '.bin', 'astro'), ['build'], {
      env: {
        ...shellEnvironment(),
        CONTENT_DIR: existsSync(join(WORK, name, 'content')) ? `./${WORK}/${name}/content` : `./test/fixtures/content/${name}`,
        OUT_DIR: outDir,
        CACHE_DIR: join(WORK, name, 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        ...env,
      },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code, output: output.replace(/\x1b\[[0-9;]*m/g, ''), outDir }));
  });
}

// One build at a time: concurrent builds in one project share its .astro/ folder.
describe('astro build over fixture content', () => {
  test('bad frontmatter fails the build listing every field of every file', { timeout: TIMEOUT }, async () => {
    const { code, output } = await buildFixture('bad-frontmatter');
    expect(code).not.toBe(0);
    const file = 'test/fixtures/content/bad-frontmatter';
    for (const line of [
      `${file}/first-steps.mdx › order: expected a number, got "1" (a string)`,
      `${file}/first-steps.mdx › objectives: expected a list, got nothing (the field is missing)`,
      `${file}/first-steps.mdx › titel: expected a known field name (title, description, order, objectives, prerequisites, draft), got "A typo for title" (a string)`,
      `${file}/second-steps.mdx › title: expected non-empty text, got "" (a string)`,
      `${file}/second-steps.mdx › objectives: expected a list, got "Learn something" (a string)`,
      `${file}/second-steps.mdx › draft: expected true or false, got "yes" (a string)`,
    ]) {
      expect(output).toContain(line);
    }
  });

  test('a duplicate order or an unknown prerequisite fails the build', { timeout: TIMEOUT }, async () => {
    const { code, output } = await buildFixture('bad-references');
    expect(code).not.toBe(0);
    const file = 'test/fixtures/content/bad-references';
    expect(output).toContain(`${file}/beta.mdx › order: expected a unique whole number, got 1 (also used by ${file}/alpha.mdx)`);
    expect(output).toContain(`${file}/beta.mdx › prerequisites[1]: expected the slug of a chapter (alpha, beta), got "gamma"`);
  });

  test('a malformed formula fails the build naming file, line and formula', { timeout: TIMEOUT }, async () => {
    const { code, output } = await buildFixture('broken-formula');
    expect(code).not.toBe(0);
    const file = 'test/fixtures/content/broken-formula/formulas.mdx';
    expect(output).toContain(`${file}:11 › formula $\\frac{1}{1 + e^{-z}$: Unexpected end of input in a macro argument, expected '}' at end of input`);
    expect(output).toContain(`${file}:13 › formula $$\\sigma(z) = \\notacommand{z}$$: Undefined control sequence: \\notacommand at position 13`);
  });

  test('a dead internal link or anchor fails the build naming the file', { timeout: TIMEOUT }, async () => {
    const { code, output } = await buildFixture('dead-link');
    expect(code).not.toBe(0);
    const from = 'test/fixtures/content/dead-link/links.mdx (page /links/)';
    expect(output).toContain(`${from} › <a> "/no-such-chapter/": expected a page or file of this site, got nothing at /no-such-chapter/`);
    expect(output).toContain(`${from} › <a> "#no-such-section": expected an element with id "no-such-section" on /links/, got no such id`);
    expect(output).not.toContain('"#a-real-section"');
  });

  test('a widget tag with a misspelt prop fails the build naming file, line, widget and prop', { timeout: TIMEOUT }, async () => {
    // Any registered widget will do: every widget schema is strict.
    const registry = readFileSync('components/index.ts', 'utf8').match(/export const widgets = \{([^}]*)\}/)?.[1] ?? '';
    const widget = registry.match(/[A-Z]\w*/)?.[0];
    expect(widget, 'components/index.ts registers no widget yet').toBeDefined();
    const dir = join(WORK, 'widget-prop', 'content');
    mkdirSync(dir, { recursive: true });
    const frontmatter = ['---', 'title: Widgets', 'description: A misspelt widget prop.', 'order: 0', 'objectives:', '  - Fail the build', '---'];
    writeFileSync(join(dir, 'widgets.mdx'), [...frontmatter, '', 'Some text.', '', `<${widget} notAProp={1} />`, ''].join('\n'));
    const { code, output } = await buildFixture('widget-prop');
    expect(code).not.toBe(0);
    expect(output).toContain(`${dir}/widgets.mdx:11 › ${widget} › notAProp:`);
  });

  test('good content builds under /course/ with math rendered and no KaTeX script', { timeout: TIMEOUT }, async () => {
    const { code, output, outDir } = await buildFixture('good', { BASE_PATH: '/course/' });
    expect(code, output).toBe(0);
    expect(existsSync(join(outDir, 'unfinished')), 'a draft reached the production build').toBe(false);
    const welcome = readFileSync(join(outDir, 'welcome', 'index.html'), 'utf8');
    expect(welcome).toContain('href="/course/slopes/"');
    expect(welcome).toContain('href="/course/slopes/#the-slope-of-a-line"');
    expect(welcome).toMatch(/<link rel="stylesheet" href="\/course\/_astro\/[^"]+\.css"/);
    expect(welcome).toContain('class="katex-display"');
    expect(welcome).not.toContain('katex-error');
    const assets = readdirSync(join(outDir, '_astro'));
    expect(assets.some((name) => /^KaTeX_Main-Regular\..+\.woff2$/.test(name))).toBe(true);
    const scripts = assets.filter((name) => name.endsWith('.js'));
    for (const script of scripts) {
      expect(readFileSync(join(outDir, '_astro', script), 'utf8'), script).not.toMatch(/renderToString|KaTeX parse error/);
    }
  });
});
