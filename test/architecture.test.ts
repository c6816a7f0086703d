import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

// The layout is the architecture: engine ← widgets ← content, never the other way.
// These checks are the project's lint rules; each names the file and the line that breaks one.

const root = resolve(__dirname, '..');

function filesUnder(folder: string, pattern: RegExp): string[] {
  const found: string[] = [];
  const stack = [join(root, folder)];
  while (stack.length > 0) {
    const current = stack.pop()!;
    for (const name of readdirSync(current).sort()) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) stack.push(path);
      else if (pattern.test(name)) found.push(path);
    }
  }
  return found;
}

function offendingLines(files: string[], rule: RegExp): string[] {
  const hits: string[] = [];
  for (const file of files) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, index) => {
        const isComment = /^\s*(\/\/|\/\*|\*)/.test(line);
        if (!isComment && rule.test(line)) hits.push(`${relative(root, file)}:${index + 1}: ${line.trim()}`);
      });
  }
  return hits;
}

const engineFiles = filesUnder('src/engine', /\.ts$/);
const importPath = /(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g;

describe('src/engine', () => {
  test('engine files import only from inside src/engine', () => {
    const outside: string[] = [];
    for (const file of engineFiles) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(importPath)) {
        const target = match[1];
        const isRelative = target.startsWith('.');
        const leavesEngine = isRelative && !resolve(file, '..', target).startsWith(join(root, 'src/engine'));
        if (!isRelative || leavesEngine) outside.push(`${relative(root, file)} imports ${target}`);
      }
    }
    expect(outside).toEqual([]);
  });

  test('the engine never calls Math.random: every random number comes from a seeded Rng', () => {
    expect(offendingLines(engineFiles, /Math\.random/)).toEqual([]);
  });

  test('the engine takes exp, log, sin, pow, … from src/engine/math, whose bits are the same in every JavaScript engine', () => {
    // Math.exp and the like are rounded differently by different engines (Node and Chromium disagree
    // in the last bit), which made a seeded run in the browser drift away from the same run in Node.
    // Math.sqrt, abs, floor, round, trunc, min and max are exact by specification and stay allowed.
    const mathFolder = join(root, 'src/engine/math') + '/';
    const outsideMath = engineFiles.filter((file) => !file.startsWith(mathFolder));
    const inexact =
      /Math\.(exp|expm1|log|log1p|log2|log10|pow|sin|cos|tan|asin|acos|atan|atan2|sinh|cosh|tanh|asinh|acosh|atanh|hypot|cbrt)\b|\*\*/;
    expect(offendingLines(outsideMath, inexact)).toEqual([]);
  });

  test('no engine file or folder reaches itself through its imports: the engine reads bottom up', () => {
    // Each file's relative imports, resolved to files; an import of a folder means its index.ts.
    const fileImports = new Map<string, string[]>();
    for (const file of engineFiles) {
      const targets = [...readFileSync(file, 'utf8').matchAll(importPath)]
        .map((match) => resolve(file, '..', match[1]))
        .map((target) => (engineFiles.includes(`${target}.ts`) ? `${target}.ts` : join(target, 'index.ts')))
        .filter((target) => engineFiles.includes(target));
      fileImports.set(relative(root, file), targets.map((target) => relative(root, target)));
    }
    // Folders: src/engine/layers/dense.ts belongs to src/engine/layers; a top-level file is its own node.
    const folderOf = (file: string) => file.split('/').slice(0, 3).join('/');
    const folderImports = new Map<string, string[]>();
    for (const [file, targets] of fileImports) {
      const outside = targets.map(folderOf).filter((folder) => folder !== folderOf(file));
      folderImports.set(folderOf(file), [...(folderImports.get(folderOf(file)) ?? []), ...outside]);
    }
    expect(importLoops(fileImports)).toEqual([]);
    expect(importLoops(folderImports)).toEqual([]);
  });

  test('the page-side job client loads no training code: its value imports reach no runner, session or kernel', () => {
    // The page checks a spec before sending it (parseJobSpec); the worker trains. `import type` is erased by the bundler.
    const valueImport = /^(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
    const reached = new Set<string>();
    const stack = [join(root, 'src/engine/jobs/client.ts')];
    while (stack.length > 0) {
      const file = stack.pop()!;
      if (reached.has(file)) continue;
      reached.add(file);
      for (const match of readFileSync(file, 'utf8').matchAll(valueImport)) {
        const target = resolve(file, '..', match[1]);
        stack.push(engineFiles.includes(`${target}.ts`) ? `${target}.ts` : join(target, 'index.ts'));
      }
    }
    const training = /^src\/engine\/(?:jobs\/(?:train-job|sweep-job|runner|job-kinds)\.ts|train\/|compiled\/)/;
    expect([...reached].map((file) => relative(root, file)).filter((file) => training.test(file))).toEqual([]);
  });

  test('the engine touches no DOM or Node globals', () => {
    expect(offendingLines(engineFiles, /\b(document|window|localStorage|self|process|require)\s*[.(]/)).toEqual([]);
  });
});

/** Every loop in an import graph, as `a → b → a`; depth-first with an explicit stack. */
function importLoops(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const loops = new Set<string>();
  const done = new Set<string>();
  for (const start of graph.keys()) {
    const path: string[] = [];
    const stack = [{ node: start, next: 0 }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top.next === 0) path.push(top.node);
      const target = (graph.get(top.node) ?? [])[top.next++];
      if (target === undefined) {
        stack.pop();
        path.pop();
        done.add(top.node);
      } else if (path.includes(target)) {
        loops.add([...path.slice(path.indexOf(target)), target].join(' → '));
      } else if (!done.has(target)) {
        stack.push({ node: target, next: 0 });
      }
    }
  }
  return [...loops];
}

describe('components', () => {
  test('widgets reach the engine only through src/engine/index.ts', () => {
    const files = filesUnder('components', /\.(ts|astro)$/);
    expect(offendingLines(files, /from\s+['"][^'"]*src\/engine\/(?!index['"])/)).toEqual([]);
  });
});

describe('content', () => {
  test('chapters hold words, math and widget tags: no imports, exports or scripts', () => {
    const chapters = filesUnder('content', /\.mdx?$/);
    expect(chapters.length).toBeGreaterThan(0);
    expect(offendingLines(chapters, /^\s*(import|export)\s|<script/)).toEqual([]);
  });
});

describe('file size', () => {
  test('no source file passes 400 lines', () => {
    const sources = ['src', 'components', 'scripts', 'bench'].flatMap((folder) =>
      filesUnder(folder, /\.(ts|astro|mjs)$/),
    );
    const long = sources
      .map((file) => ({ file: relative(root, file), lines: readFileSync(file, 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > 400);
    expect(long).toEqual([]);
  });
});
