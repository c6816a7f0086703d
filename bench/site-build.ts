/**
 * Builds the site for the site benchmarks, quietly, into a folder of its own under
 * node_modules/.cache/neural-notebook/bench/, and times the build.
 *
 *   const seconds = buildSite({ outDir, cacheDir, contentDir });   // contentDir: other chapters
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the benchmarks keep their builds and generated chapters. */
export const BENCH_CACHE = join('node_modules', '.cache', 'neural-notebook', 'bench');

export interface SiteBuildOptions {
  readonly outDir: string;
  readonly cacheDir: string;
  /** A folder of chapter .mdx files instead of content/chapters (src/content.config.ts reads CONTENT_DIR). */
  readonly contentDir?: string;
}

/** The time build took: wall clock, and CPU (user + system) of the build and its children. */
export interface BuildTime {
  readonly seconds: number;
  readonly cpuSeconds: number;
}

/**
 * CPU seconds this process's finished children have used (Linux: cutime + cstime in
 * /proc/self/stat, in ticks of 1/100 s); NaN elsewhere. On a shared machine the wall time
 * swings with the load, the CPU time much less.
 */
function childCpuSeconds(): number {
  if (!existsSync('/proc/self/stat')) return NaN;
  const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
  // After "pid (comm) ", field 3 is index 0, so cutime (16) and cstime (17) are 13 and 14.
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

/** Runs `astro build`; returns its wall and CPU time, or throws with the end of its output. */
export function buildSite(options: SiteBuildOptions): BuildTime {
  const env: NodeJS.ProcessEnv = { ...process.env, OUT_DIR: options.outDir, CACHE_DIR: options.cacheDir, BASE_PATH: '/' };
  if (options.contentDir) env.CONTENT_DIR = options.contentDir;
  const started = performance.now();
  const cpuBefore = childCpuSeconds();
  const result = spawnSync(join('node_modules', '.bin', 'astro'), ['build'], { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-30).join('\n');
    throw new Error(`astro build into ${options.outDir} failed (exit code ${result.status ?? result.signal}):\n${output}`);
  }
  return { seconds, cpuSeconds: childCpuSeconds() - cpuBefore };
}
