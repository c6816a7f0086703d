/**
 * The 15 000-iteration runs of the circles experiment (figure 1 of the initialization chapter),
 * trained the way the reader's browser trains them: InitExperiment's job (buildJobSpec) run by
 * the engine's job runner, the compiled path its Web Worker uses. Each run is trained once and
 * kept, so every test of circles-experiment.test.ts that reads it (the published exercise, the
 * widget's rows, the chapter's numbers) shares it instead of training the network again.
 */
import { runJob, type Dataset, type TrainJobResult } from '../../../src/engine/index';
import { CLASSIC_CIRCLES } from '../../../components/InitExperiment/classic-circles';
import { buildJobSpec, jobData } from '../../../components/InitExperiment/job-spec';
import { runRow, tableCells, type RunRow } from '../../../components/InitExperiment/runs';
import { InitExperimentProps, type InitExperimentInput } from '../../../components/InitExperiment/schema';

export interface CirclesRun {
  /** The row the figure adds to its table, with the cost curve (every 50 iterations, then the final cost). */
  readonly row: RunRow;
  /** The parameters after the last update, in the engine's flat layout. */
  readonly parameters: readonly number[];
  readonly data: { readonly train: Dataset; readonly test: Dataset };
}

const runs = new Map<string, CirclesRun>();

/** The run of these props (defaults as on the figure), trained on first use. */
export function circlesRun(props: InitExperimentInput): CirclesRun {
  const settings = InitExperimentProps.parse(props);
  const key = JSON.stringify(settings);
  const kept = runs.get(key);
  if (kept) return kept;
  const spec = buildJobSpec(settings, settings.mode === 'classic' ? CLASSIC_CIRCLES : undefined);
  // The final weights come with the report; asking for them changes nothing in the training.
  const job = runJob({ ...spec, report: { ...spec.report, weights: true } }) as TrainJobResult;
  const run = { row: runRow(1, settings, job), parameters: job.report.weights ?? [], data: jobData(spec) };
  runs.set(key, run);
  return run;
}

/** The cost before iteration `iteration` (after that many updates), from the run's curve. */
export function costAt(run: CirclesRun, iteration: number): number {
  const point = run.row.curve.find(([step]) => step === iteration);
  if (point === undefined) throw new Error(`costAt: the curve has no point at iteration ${iteration}`);
  return point[1];
}

/** The final cost, train and test cells of the figure's table for the run of these props: "0.0548 | 99 % | 98 %". */
export function resultCells(props: InitExperimentInput): string {
  return tableCells(circlesRun(props).row).slice(5).join(' | ');
}
