/**
 * A learning-rate sweep: the same training job once per rate, each from the same
 * seed (so the same starting weights), collecting every run's loss curve and ending.
 */
import { withLearningRate } from '../optim/optimizer';
import type { JobKind } from './job-kind';
import type { SweepJobResult, SweepJobSpec, SweepReport, SweepRun } from './job-specs';
import { TrainJobRun } from './train-job';

/** A sweep in progress. */
export class SweepJobRun {
  private readonly job: SweepJobSpec;
  private readonly finished: SweepRun[] = [];
  private current: TrainJobRun | null = null;
  private reportedPoints = 0;
  private reportedRuns = 0;
  private isAborted = false;

  constructor(job: SweepJobSpec) {
    this.job = job;
    this.current = this.startRun(0);
  }

  get isFinished(): boolean {
    return this.current === null;
  }

  /** Runs up to `maxSteps` steps of the current learning rate, moving on when it ends. */
  advance(maxSteps: number): void {
    const run = this.current;
    if (run === null) return;
    run.advance(maxSteps);
    if (!run.isFinished) return;
    const result = run.session.result();
    this.finished.push({
      learningRate: result.learningRate,
      status: result.status,
      curve: run.lossCurve().slice(),
      finalLoss: result.finalLoss,
      ...(result.divergence === undefined ? {} : { divergence: result.divergence }),
    });
    this.reportedPoints = 0;
    // Run i starts once i runs have finished.
    const next = this.finished.length;
    this.current = this.isAborted || next >= this.job.learningRates.length ? null : this.startRun(next);
  }

  /** Stops the current run and skips the rest. */
  abort(): void {
    this.isAborted = true;
    this.current?.abort();
    this.advance(0);
  }

  /** The current run's points since the last report, and the runs finished since then. */
  takeReport(): SweepReport {
    const curve = this.current === null ? [] : this.current.lossCurve().slice(this.reportedPoints);
    this.reportedPoints += curve.length;
    const index = Math.min(this.finished.length, this.job.learningRates.length - 1);
    const finished = this.finished.slice(this.reportedRuns);
    this.reportedRuns = this.finished.length;
    return { runIndex: index, learningRate: this.job.learningRates[index], curve, finished };
  }

  /** Every run so far (all of them once finished). */
  runs(): readonly SweepRun[] {
    return this.finished;
  }

  result(): SweepJobResult {
    return { kind: 'sweep', runs: this.finished.slice() };
  }

  private startRun(index: number): TrainJobRun {
    const base = this.job.base;
    return new TrainJobRun({ ...base, optimizer: withLearningRate(base.optimizer, this.job.learningRates[index]) });
  }
}

/** The 'sweep' job kind: the same training run once per learning rate. */
export const sweepJob: JobKind<SweepJobSpec, SweepReport, SweepJobResult> = {
  start: (spec) => new SweepJobRun(spec),
};
