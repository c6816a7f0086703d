/**
 * The figure's run as frames: where training stands (`step`), the network's parameters there,
 * and, once it has been perturbed, its twin left symmetric (the same run without the nudge),
 * so the figure can say what the symmetry costs. Every number comes from the engine's train
 * job through `run`: the page's worker, or `runJob` at build time and in the tests, so both
 * give the same frames.
 */
import { createRng, perturbed, type TrainJobResult, type TrainJobSpec } from '../../src/engine/index';
import type { SymmetryHeatmapSettings } from './schema';
import { stretchSpec } from './run-spec';

/** Runs one train job to its end. */
export type RunJob = (spec: TrainJobSpec) => Promise<TrainJobResult>;

/** One network at the frame's step. */
export interface Snapshot {
  readonly parameters: readonly number[];
  /** Mean cross-entropy over the circles. */
  readonly loss: number;
  readonly accuracy: number;
  /** P(class 1) over the boundary grid (run-spec.ts), row by row. */
  readonly boundary: readonly number[];
}

export interface SymmetryFrame {
  readonly step: number;
  /** The step the perturbation was added at, if it has been. */
  readonly perturbAt?: number;
  readonly network: Snapshot;
  /** The same run without the perturbation; null until there is one. */
  readonly twin: Snapshot | null;
}

async function trained(settings: SymmetryHeatmapSettings, start: Snapshot | null, steps: number, run: RunJob): Promise<Snapshot> {
  const { result, report } = await run(stretchSpec(settings, start === null ? null : start.parameters, steps));
  return { parameters: report.weights ?? [], loss: result.finalLoss, accuracy: report.accuracy ?? Number.NaN, boundary: report.boundary ?? [] };
}

/** The frame `steps` further on: the network and its twin each train that many more steps. */
export async function advance(frame: SymmetryFrame, settings: SymmetryHeatmapSettings, steps: number, run: RunJob): Promise<SymmetryFrame> {
  const network = await trained(settings, frame.network, steps, run);
  const twin = frame.twin === null ? null : await trained(settings, frame.twin, steps, run);
  return { ...frame, step: frame.step + steps, network, twin };
}

/** The frame with the settings' perturbation added to every weight and bias; the unperturbed network becomes the twin. */
export async function perturb(frame: SymmetryFrame, settings: SymmetryHeatmapSettings, run: RunJob): Promise<SymmetryFrame> {
  const nudged = Array.from(perturbed(frame.network.parameters, settings.epsilon, createRng(settings.perturbSeed)));
  const network = await trained(settings, { ...frame.network, parameters: nudged }, 0, run);
  return { step: frame.step, perturbAt: frame.step, network, twin: frame.network };
}

/** The frame the settings describe: the constant start trained to `perturbAt`, perturbed, then trained on to `steps`. */
export async function frameAt(settings: SymmetryHeatmapSettings, run: RunJob): Promise<SymmetryFrame> {
  const { perturbAt, steps } = settings;
  const before = perturbAt ?? steps;
  const start: SymmetryFrame = { step: before, network: await trained(settings, null, before, run), twin: null };
  if (perturbAt === undefined) return start;
  const nudged = await perturb(start, settings, run);
  return steps === perturbAt ? nudged : advance(nudged, settings, steps - perturbAt, run);
}

/** What decides a frame: two settings with the same key show the same frame (ε and its seed count once perturbed). */
export function frameKey(settings: SymmetryHeatmapSettings): string {
  const { value, activation, hiddenUnits, learningRate, seed, steps, perturbAt } = settings;
  const nudge = perturbAt === undefined ? {} : { perturbAt, epsilon: settings.epsilon, perturbSeed: settings.perturbSeed };
  return JSON.stringify({ value, activation, hiddenUnits, learningRate, seed, steps, ...nudge });
}
