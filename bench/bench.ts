/**
 * `npm run bench`: times the three workloads on our engine and on TensorFlow.js
 * (CPU and single-threaded SIMD WebAssembly backends) in one process.
 * Each measurement: one warm-up, then `--runs` timed runs (default 5); prints medians
 * and the speed-ups of the engine. A W2 run on the engine takes milliseconds, so it
 * is timed as a block of repetitions and divided.
 *   --json                one JSON object per line
 *   --workload W1,W3      only these workloads
 *   --impl engine,tfjs-wasm   only these implementations; `hand` adds W1 written as
 *                         plain loops (bench/hand-loop.ts), a yardstick for the engine's overhead
 *   --runs N
 */
import { performance } from 'node:perf_hooks';
import { runEngine } from './engine-runner';
import { runHandW1 } from './hand-loop';
import { runTfjs, useBackend } from './tfjs-runner';
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

/** Median ms of one run of `run`, each timed run covering `repeats` back-to-back calls. */
function measure(run: () => number, runs: number, repeats: number): { ms: number; loss: number } {
  let loss = run();
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    for (let k = 0; k < repeats; k++) loss = run();
    times.push((performance.now() - start) / repeats);
  }
  return { ms: median(times), loss };
}

async function main(): Promise<void> {
  const isJson = process.argv.includes('--json');
  const runs = Number(option('--runs') ?? 5);
  const names = (option('--workload') ?? 'W1,W2,W3').split(',');
  const impls = (option('--impl') ?? DEFAULT_IMPLS).split(',') as Impl[];
  const workloads = [workloadW1(), workloadW2(), workloadW3()].filter((w) => names.includes(w.name));
  const medians = new Map<string, number>();
  for (const impl of IMPLS.filter((i) => impls.includes(i))) {
    if (impl === 'tfjs-cpu' || impl === 'tfjs-wasm') await useBackend(impl === 'tfjs-cpu' ? 'cpu' : 'wasm');
    for (const workload of workloads) {
      const run = runnerFor(impl, workload);
      if (run === null) continue;
      const repeats = impl === 'engine' && workload.name === 'W2' ? 50 : 1;
      const { ms, loss } = measure(run, runs, repeats);
      medians.set(`${workload.name}/${impl}`, ms);
      if (isJson) console.log(JSON.stringify({ workload: workload.name, impl, median_ms: ms, runs }));
      else console.log(`${workload.name} ${impl.padEnd(9)} median ${ms.toFixed(2).padStart(10)} ms  final loss ${loss.toFixed(6)}`);
    }
  }
  if (!isJson) printRatios(workloads, medians);
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

await main();
