/**
 * One training job: builds its data, model and session from the spec, advances
 * in chunks, and assembles reports. The job's seed feeds one Rng that first
 * draws the weights, then the shuffles or samples, so a spec always gives the
 * same numbers, in Node or in a worker.
 */
import { compileModel, type CompiledModel } from '../compiled/compiled-model';
import type { Dataset } from '../data/dataset';
import { numpyStyleBceCost } from '../losses/numpy-style-bce-cost';
import { createRng } from '../random';
import { compileForData } from '../train/training-data';
import { TrainingSession } from '../train/training-session';
import { accuracyOf, boundaryValues, layerStats, loadGridInPlace } from './metrics';
import { buildDataset, buildModel, buildParameters, targetsForLoss } from './build-job';
import type { JobKind } from './job-kind';
import { SessionRun } from './session-run';
import type { LossPoint, TrainJobResult, TrainJobSpec, TrainReport } from './job-specs';

/** A training job in progress. */
export class TrainJobRun extends SessionRun<TrainReport, TrainJobResult> {
  readonly session: TrainingSession;
  private readonly job: TrainJobSpec;
  private readonly data: Dataset;
  private readonly test: { readonly data: Dataset; readonly program: CompiledModel } | null;
  private readonly grid: CompiledModel | null;
  private readonly curve: LossPoint[] = [];
  private reportedPoints = 0;

  constructor(job: TrainJobSpec) {
    super();
    this.job = job;
    const rng = createRng(job.seed);
    const spec = buildModel(job);
    const model = { spec, parameters: buildParameters(job, spec, rng) };
    this.data = targetsForLoss(buildDataset(job.data), job.loss);
    this.session = new TrainingSession(model, this.data, {
      loss: job.loss,
      optimizer: job.optimizer,
      batch: job.batch,
      ...(job.steps === undefined ? { epochs: job.epochs } : { steps: job.steps }),
      rng,
      reportEvery: job.report.every,
      onProgress: (progress) => {
        this.curve.push({ step: progress.step, loss: progress.loss, ...this.numpyCostNow() });
      },
    });
    const testData = job.test === undefined ? null : targetsForLoss(buildDataset(job.test), job.loss);
    this.test =
      testData === null ? null : { data: testData, program: compileForData(spec, job.loss, model.parameters, testData) };
    // parseJobSpec has checked that a boundary comes with 2-D data.
    const boundary = job.report.boundary;
    this.grid = boundary === undefined ? null : gridProgram(this.session, boundary);
  }

  /** A report with the loss points since the last one (all points when `isFinal`). */
  takeReport(isFinal = false): TrainReport {
    const from = isFinal ? 0 : this.reportedPoints;
    const curve = this.curve.slice(from);
    this.reportedPoints = this.curve.length;
    const { report } = this.job;
    // A final report stands at the run's end; a progress report at its last loss point.
    const step = isFinal ? this.session.stepsDone : (this.curve.at(-1)?.step ?? 0);
    const evaluation = this.session.fullDataProgram();
    const needsForward = report.accuracy === true || report.stats === true;
    if (needsForward) evaluation.forward(this.data.count);
    let testAccuracy: number | undefined;
    if (report.accuracy && this.test !== null) {
      this.test.program.forward(this.test.data.count);
      testAccuracy = accuracyOf(this.test.program, this.test.data, this.job.loss, report.accuracyRule);
    }
    const boundary = report.boundary;
    return {
      step,
      epoch: Math.floor(step / this.session.stepsPerEpoch),
      curve,
      ...(report.accuracy ? { accuracy: accuracyOf(evaluation, this.data, this.job.loss, report.accuracyRule) } : {}),
      ...(testAccuracy === undefined ? {} : { testAccuracy }),
      ...(boundary && this.grid ? { boundary: boundaryValues(this.grid, boundary.resolution * boundary.resolution, this.job.loss) } : {}),
      ...(report.weights ? { weights: Array.from(this.session.program.parameters) } : {}),
      ...(report.stats ? { stats: layerStats(evaluation, this.session.program, this.data.count) } : {}),
    };
  }

  /** The final result, with a report over the whole run. */
  result(): TrainJobResult {
    return { kind: 'train', result: this.session.result(), report: this.takeReport(true) };
  }

  /** The step's cost the NumPy exercise's way, from the outputs its forward pass left, when the report asks for it. */
  private numpyCostNow(): { numpyCost?: number } {
    if (this.job.report.numpyCost !== true) return {};
    const { outputs, targets } = this.session.program;
    return { numpyCost: numpyStyleBceCost(outputs, targets, this.data.count) };
  }

  /** Every loss point so far. */
  lossCurve(): readonly LossPoint[] {
    return this.curve;
  }
}

/** The 'train' job kind: one training run. */
export const trainJob: JobKind<TrainJobSpec, TrainReport, TrainJobResult> = {
  start: (spec) => new TrainJobRun(spec),
};

/** A program holding the boundary grid's points as its inputs, sharing the session's parameters. */
function gridProgram(session: TrainingSession, boundary: NonNullable<TrainJobSpec['report']['boundary']>): CompiledModel {
  const { spec, parameters, loss } = session.program;
  const program = compileModel(spec, { loss, maxRows: boundary.resolution * boundary.resolution, parameters });
  loadGridInPlace(program, boundary);
  return program;
}
