/**
 * One row of InitExperiment's comparison table per finished run, and the sentences the figure
 * says about a run (its text alternative). Pure, so Vitest checks it and the build writes the
 * page's own run before any JavaScript runs.
 */
import type { TrainJobResult } from '../../src/engine/index';
import { formatPercent, formatSignificant } from '../shared/format';
import type { Point, Series } from '../shared/plot-spec';
import { INIT_NAMES_SHORT } from './init-choices';
import type { InitExperimentSettings } from './schema';

export interface RunRow {
  /** 1, 2, … in the order the runs finished. */
  readonly number: number;
  readonly settings: InitExperimentSettings;
  readonly status: TrainJobResult['result']['status'];
  /** Iterations done (fewer than asked when the run diverged or was stopped). */
  readonly steps: number;
  /** Mean cross-entropy over the training points after the last update. */
  readonly finalCost: number;
  readonly trainAccuracy: number;
  readonly testAccuracy: number;
  /** The engine's sentence when the run diverged. */
  readonly divergence?: string;
  /** [iteration, cost before it], ending with [steps, final cost]. */
  readonly curve: readonly Point[];
  /** Classic mode: [iteration, the same cost computed the way the NumPy exercise printed it], for each curve point. */
  readonly exerciseCosts?: readonly Point[];
}

/** The row of a finished job. */
export function runRow(number: number, settings: InitExperimentSettings, job: TrainJobResult): RunRow {
  const { result, report } = job;
  const curve = report.curve.map((point): Point => [point.step, point.loss]);
  if (result.status !== 'diverged') curve.push([result.steps, result.finalLoss]);
  const exerciseCosts = report.curve.flatMap((point): Point[] => (point.numpyCost === undefined ? [] : [[point.step, point.numpyCost]]));
  return {
    number,
    settings,
    status: result.status,
    steps: result.steps,
    finalCost: result.finalLoss,
    trainAccuracy: report.accuracy ?? NaN,
    testAccuracy: report.testAccuracy ?? NaN,
    ...(result.divergence ? { divergence: result.divergence.message } : {}),
    curve,
    ...(exerciseCosts.length > 0 ? { exerciseCosts } : {}),
  };
}

/** "He (seed 1)", "He (classic data)". */
export function runLabel(settings: InitExperimentSettings): string {
  return `${INIT_NAMES_SHORT[settings.init]} (${settings.mode === 'classic' ? 'classic data' : `seed ${settings.seed}`})`;
}

/** "2 → 10 → 5 → 1". */
export function describeNetwork(hidden: readonly number[]): string {
  return [2, ...hidden, 1].join(' → ');
}

/** The run's settings after its result: "after 15000 iterations at η = 0.01, network 2 → 10 → 5 → 1". */
function runSettingsText(row: RunRow): string {
  const { settings } = row;
  return `${row.steps} iterations at η = ${formatSignificant(settings.learningRate)}, network ${describeNetwork(settings.hidden)}`;
}

/** The result in one sentence: "He (seed 1): final cost 0.0673, train 98.7 %, test 98 % after 15000 iterations at η = 0.01, network 2 → 10 → 5 → 1." */
export function describeRun(row: RunRow): string {
  const label = runLabel(row.settings);
  if (row.status === 'diverged') return `${label}: ${row.divergence ?? 'diverged'}.`;
  const result = `final cost ${formatSignificant(row.finalCost)}, train ${formatPercent(row.trainAccuracy)}, test ${formatPercent(row.testAccuracy)}`;
  const stopped = row.status === 'aborted' ? ' (stopped early)' : '';
  return `${label}: ${result} after ${runSettingsText(row)}${stopped}.`;
}

/** The table's cells for a row: number, start, iterations, η, network, final cost, train, test. */
export function tableCells(row: RunRow): string[] {
  const { settings } = row;
  const results = row.status === 'diverged'
    ? ['diverged', '–', '–']
    : [formatSignificant(row.finalCost), formatPercent(row.trainAccuracy), formatPercent(row.testAccuracy)];
  return [String(row.number), runLabel(settings), String(row.steps), formatSignificant(settings.learningRate), describeNetwork(settings.hidden), ...results];
}

/** The exact numbers of a row, as data attributes (data-final-cost, …) for the tests. */
export function rowAttributes(row: RunRow): Record<string, string> {
  return {
    'data-run': String(row.number),
    'data-init': row.settings.init,
    'data-mode': row.settings.mode,
    'data-status': row.status,
    'data-final-cost': String(row.finalCost),
    'data-train-accuracy': String(row.trainAccuracy),
    'data-test-accuracy': String(row.testAccuracy),
  };
}

/** A run as the build stores it in its row (the settings are the page's): its curve to 5 digits, enough to draw. */
export function storedRun(row: RunRow): string {
  const { number, status, steps, finalCost, trainAccuracy, testAccuracy, divergence } = row;
  const curve = row.curve.map(([step, cost]) => [step, Number(cost.toPrecision(5))]);
  return JSON.stringify({ number, status, steps, finalCost, trainAccuracy, testAccuracy, divergence, curve });
}

/** The build's run back from storedRun, with the page's settings. */
export function restoredRun(text: string, settings: InitExperimentSettings): RunRow {
  return { ...(JSON.parse(text) as Omit<RunRow, 'settings'>), settings };
}

/** A finished run as a line of the cost chart: "#2 He (seed 1)". */
export function seriesOf(row: RunRow): Series {
  return { name: `#${row.number} ${runLabel(row.settings)}`, points: row.curve };
}

/** The overlay checkbox's accessible name. */
export function overlayLabel(row: RunRow): string {
  return `Overlay run ${row.number} on the cost chart`;
}
