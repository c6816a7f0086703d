/**
 * What LearningRateSweep shows once a sweep is done: one row per learning rate (final loss, or
 * where it diverged, in words) and the sentences of the text alternative. Pure, so Vitest
 * checks it and the build can show a finished sweep before any JavaScript runs.
 */
import type { SweepRun } from '../../src/engine/index';
import { formatSignificant } from '../shared/format';
import type { LearningRateSweepSettings } from './schema';

export interface SweepRow {
  readonly learningRate: number;
  readonly finalLoss: number;
  readonly hasDiverged: boolean;
  /** "final loss 0.0821", or the engine's sentence: "diverged at step 37: the loss rose from 0.25 to …; the learning rate 4 …". */
  readonly outcome: string;
}

export const DATASET_LABELS: Readonly<Record<LearningRateSweepSettings['dataset'], string>> = {
  circles: 'two circles',
  moons: 'two moons',
  xor: 'XOR',
  spirals: 'two spirals',
};

/** One row per run, in the order of the rates. */
export function sweepRows(runs: readonly SweepRun[]): SweepRow[] {
  return runs.map((run) => {
    const hasDiverged = run.status === 'diverged';
    // The engine words the divergence: when, why, and the rate that did it.
    const outcome = run.divergence ? run.divergence.message : `final loss ${formatSignificant(run.finalLoss)}`;
    return { learningRate: run.learningRate, finalLoss: run.finalLoss, hasDiverged, outcome };
  });
}

/** The run with the lowest final loss among those that did not diverge (the valley's floor); undefined if all did. */
export function lowestRun(runs: readonly SweepRun[]): SweepRun | undefined {
  const finished = runs.filter((run) => run.status !== 'diverged' && Number.isFinite(run.finalLoss));
  return finished.length === 0 ? undefined : finished.reduce((a, b) => (b.finalLoss < a.finalLoss ? b : a));
}

/** "2 → 8 → 1". */
export function describeNetwork(hidden: readonly number[]): string {
  return [2, ...hidden, 1].join(' → ');
}

/** The status line of a finished sweep: "10 rates × 300 steps, network 2 → 8 → 1, seed 1". */
export function finishedText(state: LearningRateSweepSettings): string {
  return `${state.count} rates × ${state.steps} steps, network ${describeNetwork(state.hidden)}, seed ${state.seed}`;
}

/** The text alternative of a finished sweep. */
export function describeSweep(state: LearningRateSweepSettings, runs: readonly SweepRun[]): string {
  const rows = sweepRows(runs);
  const opening =
    `Final training loss after ${state.steps} steps at ${rows.length} learning rates from ` +
    `${formatSignificant(state.minRate)} to ${formatSignificant(state.maxRate)}, network ${describeNetwork(state.hidden)} ` +
    `on the ${DATASET_LABELS[state.dataset]} data, seed ${state.seed}.`;
  const best = lowestRun(runs);
  if (best === undefined) return `${opening} Every rate diverged.`;
  const diverged = rows.filter((row) => row.hasDiverged).map((row) => formatSignificant(row.learningRate));
  const divergedText =
    diverged.length === 0
      ? ' No rate diverged.'
      : ` ${diverged.length === 1 ? 'The rate' : 'The rates'} ${diverged.join(', ')} diverged.`;
  return `${opening} The lowest final loss, ${formatSignificant(best.finalLoss)}, comes at η = ${formatSignificant(best.learningRate)}.${divergedText}`;
}
