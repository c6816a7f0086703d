/**
 * The 'signals' job: builds the deep network and its batch from one seed, measures every
 * layer's activations and gradients, trains with full-batch gradient descent on binary
 * cross-entropy, and measures again. Divergence ends the training as a result, like any run.
 */
import { createRng } from '../random';
import { deepNetworkBatch, deepNetworkParameters, deepNetworkSpec } from '../signals/deep-network';
import { measureLayerSignals, type LayerSignals } from '../signals/layer-signals';
import { TrainingSession } from '../train/training-session';
import type { JobKind } from './job-kind';
import { SessionRun } from './session-run';
import type { SignalsJobResult, SignalsJobSpec, SignalsReport } from './signals-job-spec';

/** A signals job in progress. */
export class SignalsJobRun extends SessionRun<SignalsReport, SignalsJobResult> {
  protected readonly session: TrainingSession;
  private readonly rows: number;
  private readonly atStart: readonly LayerSignals[];
  private readonly startLoss: number;
  private last: SignalsReport;
  private ended: SignalsJobResult | null = null;

  constructor(job: SignalsJobSpec) {
    super();
    const rng = createRng(job.seed);
    const spec = deepNetworkSpec(job);
    const parameters = deepNetworkParameters(spec, rng);
    const data = deepNetworkBatch(job.width, job.rows, rng);
    this.rows = job.rows;
    this.session = new TrainingSession({ spec, parameters }, data, {
      loss: 'bce',
      optimizer: { kind: 'sgd', learningRate: job.learningRate },
      batch: { kind: 'full' },
      steps: job.steps,
      reportEvery: 1,
      onProgress: ({ step, loss }) => {
        this.last = { step, loss };
      },
    });
    // A full-batch session holds the whole batch in its program from the start.
    this.atStart = measureLayerSignals(this.session.program, job.rows);
    this.startLoss = this.session.program.lossOnly(job.rows);
    this.last = { step: 0, loss: this.startLoss };
  }

  takeReport(): SignalsReport {
    return this.last;
  }

  /** Both looks; the second is taken once, when first asked for. */
  result(): SignalsJobResult {
    this.ended ??= {
      kind: 'signals',
      atStart: this.atStart,
      after: this.session.stepsDone === 0 ? this.atStart : measureLayerSignals(this.session.program, this.rows),
      startLoss: this.startLoss,
      training: this.session.result(),
    };
    return this.ended;
  }
}

/** The 'signals' job kind. */
export const signalsJob: JobKind<SignalsJobSpec, SignalsReport, SignalsJobResult> = {
  start: (spec) => new SignalsJobRun(spec),
};
