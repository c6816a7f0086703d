/**
 * `npm run bench`: the engine's speed and the site's.
 *
 * Suites (`--suite engine,lighthouse,scaling,training`, all by default):
 * - engine: see below.
 * - lighthouse: Lighthouse scores of the home page and every chapter (bench/lighthouse.ts);
 *   `--lighthouse-runs N` (default 3), `--cpu-slowdown N` (default 4, the mobile preset).
 * - scaling: build time with 25, 50 and 100 generated chapters (bench/build-scaling.ts);
 *   `--sizes 25,50,100`, `--scale-chapter neuron` (the chapter copied).
 * - training: wall time, longest main-thread task and progress updates per second while the
 *   learning-rate chapter's sweep trains, then while the initialization chapter's experiment
 *   runs its 15 000 iterations (bench/training-responsiveness.ts); `--training-runs N`.
 * The site suites build the site once into node_modules/.cache/neural-notebook/bench/, or
 * measure `--dist <folder>` (a build made with BASE_PATH=/) as it is.
 *
 * Engine: times the three workloads on our engine and on TensorFlow.js
 * (CPU and single-threaded SIMD WebAssembly backends) in one process.
 * Every (workload, implementation) pair runs once to warm up, then `--runs` times
 * (default 5), interleaved round by round so that all of them share the machine's
 * load alike; prints median wall and CPU times and each time relative to the engine.
 * A W2 run on the engine takes milliseconds, so it is timed as a block of
 * repetitions and divided.
 *   --json                one JSON object per line
 *   --workload W1,W3      only these workloads
 *   --impl engine,tfjs-wasm   only these implementations; `hand` adds W1 written as
 *                         plain loops (bench/hand-loop.ts), a yardstick for the engine's overhead
 *   --runs N
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { benchBuildScaling, printScaling } from './build-scaling';
import { runEngine } from './engine-runner';
import { runHandW1 } from './hand-loop';
import { benchLighthouse, printLighthouse } from './lighthouse';
import { BENCH_CACHE, buildSite } from './site-build';
import { prepareWasm, runTfjs, useBackend } from './tfjs-runner';
import { INIT_EXPERIMENT_TARGET, SWEEP_TARGET, benchTraining, printTraining } from './training-responsiveness';
import { workloadW1, workloadW2, workloadW3, type Workload } from './workloads';

type Impl = 'engine' | 'tfjs-cpu' | 'tfjs-wasm' | 'hand';
const IMPLS: readonly Impl[] = ['hand', 'engine', 'tfjs-cpu', 'tfjs-wasm'];
const DEFAULT_IMPLS = 'engine,tfjs-cpu,tfjs-wasm';

function runnerFor(impl: Impl, workload: Workload): (() => number) | null {
  if (impl === 'hand') return workload.name === 'W1' ? () => runHandW1(workload) : null;
  return impl === 'engine' ? () => runEngine(workload) : () => runTfjs(workload);
}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at < 0 ? undefined : process.argv[at + 1];
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** One (workload, implementation) pair and its timings. */
interface Entry {
  readonly workload: Workload;
  readonly impl: Impl;
  readonly run: () => number;
  readonly repeats: number;
  readonly wall: number[];
  readonly cpu: number[];
  loss: number;
}

/** Times `repeats` back-to-back runs; records wall and CPU ms per run. */
async function measureOnce(entry: Entry): Promise<void> {
  if (entry.impl === 'tfjs-cpu' || entry.impl === 'tfjs-wasm') await useBackend(entry.impl === 'tfjs-cpu' ? 'cpu' : 'wasm');
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  for (let k = 0; k < entry.repeats; k++) entry.loss = entry.run();
  const cpu = process.cpuUsage(cpuStart);
  entry.wall.push((performance.now() - start) / entry.repeats);
  entry.cpu.push((cpu.user + cpu.system) / 1000 / entry.repeats);
}

async function benchEngine(): Promise<void> {
  const isJson = process.argv.includes('--json');
  const runs = Number(option('--runs') ?? 5);
  const names = (option('--workload') ?? 'W1,W2,W3').split(',');
  const impls = (option('--impl') ?? DEFAULT_IMPLS).split(',') as Impl[];
  if (impls.includes('tfjs-wasm')) prepareWasm();
  const entries: Entry[] = [];
  for (const workload of [workloadW1(), workloadW2(), workloadW3()].filter((w) => names.includes(w.name))) {
    for (const impl of IMPLS.filter((i) => impls.includes(i))) {
      const run = runnerFor(impl, workload);
      const repeats = impl === 'engine' && workload.name === 'W2' ? 50 : 1;
      if (run !== null) entries.push({ workload, impl, run, repeats, wall: [], cpu: [], loss: NaN });
    }
  }
  for (const entry of entries) await measureOnce(entry);
  entries.forEach((entry) => {
    entry.wall.length = 0;
    entry.cpu.length = 0;
  });
  for (let round = 0; round < runs; round++) for (const entry of entries) await measureOnce(entry);
  const medians = new Map<string, number>();
  for (const { workload, impl, wall, cpu, loss } of entries) {
    const ms = median(wall);
    medians.set(`${workload.name}/${impl}`, ms);
    if (isJson) console.log(JSON.stringify({ workload: workload.name, impl, median_ms: ms, runs }));
    else {
      const cpuText = median(cpu).toFixed(2).padStart(10);
      console.log(`${workload.name} ${impl.padEnd(9)} median ${ms.toFixed(2).padStart(10)} ms (cpu ${cpuText} ms)  final loss ${loss.toFixed(6)}`);
    }
  }
  if (!isJson) printRatios([...new Set(entries.map((e) => e.workload))], medians);
}

function printRatios(workloads: readonly Workload[], medians: Map<string, number>): void {
  for (const workload of workloads) {
    const engine = medians.get(`${workload.name}/engine`);
    if (engine === undefined) continue;
    const parts = (['hand', 'tfjs-cpu', 'tfjs-wasm'] as const)
      .filter((impl) => medians.has(`${workload.name}/${impl}`))
      .map((impl) => `${impl} ${(medians.get(`${workload.name}/${impl}`)! / engine).toFixed(1)}×`);
    if (parts.length > 0) console.log(`${workload.name} (${workload.title}) time relative to the engine: ${parts.join(', ')}`);
  }
}

type Suite = 'engine' | 'lighthouse' | 'scaling' | 'training';
const SUITES: readonly Suite[] = ['engine', 'lighthouse', 'scaling', 'training'];

/** The built site the page suites measure: `--dist`, or a fresh build at the root path. */
function siteForBench(): string {
  const given = option('--dist');
  if (given) return given;
  const dist = join(BENCH_CACHE, 'dist');
  console.log(`\nBuilding the site into ${dist} …`);
  const time = buildSite({ outDir: dist, cacheDir: join(BENCH_CACHE, 'astro-cache') });
  console.log(`  built in ${time.seconds.toFixed(1)} s (CPU ${time.cpuSeconds.toFixed(1)} s)`);
  return dist;
}

async function main(): Promise<void> {
  const suites = (option('--suite') ?? SUITES.join(',')).split(',') as Suite[];
  const unknown = suites.filter((suite) => !SUITES.includes(suite));
  if (unknown.length > 0) throw new Error(`--suite: expected some of ${SUITES.join(', ')}, got ${unknown.join(', ')}`);
  if (suites.includes('engine')) await benchEngine();
  const dist = suites.includes('lighthouse') || suites.includes('training') ? siteForBench() : '';
  if (suites.includes('lighthouse')) {
    const runs = Number(option('--lighthouse-runs') ?? 3);
    const slowdown = Number(option('--cpu-slowdown') ?? 4);
    printLighthouse(await benchLighthouse({ dist, runs, cpuSlowdown: slowdown }), runs, slowdown);
  }
  if (suites.includes('training')) {
    for (const target of [SWEEP_TARGET, INIT_EXPERIMENT_TARGET]) {
      printTraining(await benchTraining({ dist, runs: Number(option('--training-runs') ?? 3), target }));
    }
  }
  if (suites.includes('scaling')) {
    const template = option('--scale-chapter') ?? 'neuron';
    const sizes = (option('--sizes') ?? '25,50,100').split(',').map(Number);
    console.log(`\nBuilding with ${sizes.join(', ')} generated chapters …`);
    printScaling(benchBuildScaling({ sizes, template }), template);
  }
}

await main();
