/**
 * How the build grows with the course: the project's chapters plus N generated ones (copies of
 * one chapter with their own slug, order and title), built from scratch with CONTENT_DIR
 * pointing at them, for N = 25, 50 and 100. Prints the build's wall time, the seconds each
 * added chapter costs (the slope between sizes) and whether growth is roughly linear (the
 * slopes of the two intervals within 35 % of each other).
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_CACHE, buildSite } from './site-build';

export interface ScalingPoint {
  readonly generated: number;
  readonly chapters: number;
  readonly seconds: number;
  readonly cpuSeconds: number;
}

/** A copy of `source` (an .mdx chapter) as chapter number `index`: new title and order, same body. */
export function chapterCopy(source: string, index: number): string {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!match) throw new Error('the chapter to copy has no frontmatter');
  const frontmatter = match[1]
    .replace(/^title: (.*)$/m, (_, title: string) => `title: "Copy ${index}: ${title.replace(/^"|"$/g, '').replace(/"/g, '\\"')}"`)
    .replace(/^order: .*$/m, `order: ${1000 + index}`);
  if (!frontmatter.includes(`order: ${1000 + index}`)) throw new Error('the chapter to copy has no order');
  return `---\n${frontmatter}\n---\n${source.slice(match[0].length)}`;
}

/** Writes the project's chapters and `count` copies of `template` into `dir`, emptied first. */
export function writeContent(dir: string, template: string, count: number): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const source = join('content', 'chapters');
  for (const name of readdirSync(source)) copyFileSync(join(source, name), join(dir, name));
  const text = readFileSync(join(source, `${template}.mdx`), 'utf8');
  for (let i = 1; i <= count; i += 1) writeFileSync(join(dir, `${template}-copy-${String(i).padStart(3, '0')}.mdx`), chapterCopy(text, i));
}

export function benchBuildScaling(options: { sizes: readonly number[]; template: string }): ScalingPoint[] {
  const projectChapters = readdirSync(join('content', 'chapters')).filter((name) => name.endsWith('.mdx')).length;
  const points: ScalingPoint[] = [];
  for (const generated of options.sizes) {
    const work = join(BENCH_CACHE, `scaling-${generated}`);
    writeContent(join(work, 'content'), options.template, generated);
    // A fresh cache each time: the content layer would otherwise skip chapters it has seen.
    rmSync(join(work, 'astro-cache'), { recursive: true, force: true });
    const time = buildSite({ outDir: join(work, 'dist'), cacheDir: join(work, 'astro-cache'), contentDir: `./${join(work, 'content')}` });
    points.push({ generated, chapters: projectChapters + generated, ...time });
    console.log(`  built ${projectChapters + generated} chapters in ${time.seconds.toFixed(1)} s (CPU ${time.cpuSeconds.toFixed(1)} s)`);
    rmSync(work, { recursive: true, force: true });
  }
  return points;
}

/** Seconds (wall, or CPU) per added chapter between consecutive sizes. */
export function slopes(points: readonly ScalingPoint[], time: 'seconds' | 'cpuSeconds' = 'seconds'): number[] {
  return points.slice(1).map((point, i) => (point[time] - points[i][time]) / (point.chapters - points[i].chapters));
}

/** Roughly linear: the CPU cost per added chapter of each interval within 35 % of the other's. */
export function isRoughlyLinear(points: readonly ScalingPoint[]): boolean {
  const each = slopes(points, 'cpuSeconds');
  if (each.length < 2) return true;
  return Math.max(...each) <= 1.35 * Math.min(...each) && Math.min(...each) > 0;
}

export function printScaling(points: readonly ScalingPoint[], template: string): void {
  console.log(`\nBuild time with generated chapters (copies of ${template}.mdx), cold cache; wall and CPU seconds`);
  console.log('  chapters    wall s     CPU s   s/chapter wall   s/chapter CPU   per added chapter wall   CPU');
  const wall = slopes(points);
  const cpu = slopes(points, 'cpuSeconds');
  points.forEach((point, i) => {
    const added = i === 0 ? ''.padStart(24) + ''.padStart(6) : `${wall[i - 1].toFixed(2).padStart(24)}${cpu[i - 1].toFixed(2).padStart(6)}`;
    console.log(`  ${String(point.chapters).padStart(8)}  ${point.seconds.toFixed(1).padStart(8)}  ${point.cpuSeconds.toFixed(1).padStart(8)}  ${(point.seconds / point.chapters).toFixed(2).padStart(15)}  ${(point.cpuSeconds / point.chapters).toFixed(2).padStart(14)}  ${added}`);
  });
  if (points.length >= 2) {
    const verdict = isRoughlyLinear(points) ? 'roughly linear' : 'NOT linear';
    console.log(`  growth: ${verdict} (CPU per added chapter: ${cpu.map((slope) => `${slope.toFixed(2)} s`).join(' then ')})`);
  }
}
