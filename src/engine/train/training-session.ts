/**
 * A training run that can advance a few steps at a time, so a worker can stop
 * between chunks to read messages. `train()` runs one to the end.
 *
 * Each step: copy the batch into the fast path's buffers, one forward and
 * backward pass (the loss is taken before the update), one optimizer loop.
 * The run ends as 'diverged' by the rule of divergence.ts: a non-finite loss or
 * parameter, or a loss past 10⁶ times its start. Every step measures its loss and
 * compares it with that limit, so the step a run diverges at is the first step past
 * it, whatever the report interval, the step count or where a worker cuts its chunks
 * (with full batches that loss is the loss over all examples). After setup, a step
 * allocates nothing, so the heap stays flat however long the run.
 */
import { compileModel, type CompiledModel } from '../compiled/compiled-model';
import { EngineError } from '../errors';
import type { SequentialSpec } from '../layers/sequential';
import { inputSizeOf, outputSizeOf } from '../layers/sequential';
import { createOptimizer } from '../optim/create-optimizer';
import type { Optimizer } from '../optim/optimizer';
import { shuffleInPlace, type Rng } from '../random';
import { assertBatchMode, largestBatch, stepsPerEpoch } from './batch-mode';
import { divergenceOf, firstNonFinite, lossDivergence, type DivergenceReason } from './divergence';
import type { Dataset } from '../data/dataset';
import { assertTrainingData, compileForData, loadRowsInPlace } from './training-data';
import type { TrainingDivergence, TrainOptions, TrainResult } from './train-types';

/** A model to train in place: its spec and its flat parameter buffer (an `Mlp` fits). */
export interface TrainableModel {
  readonly spec: SequentialSpec;
  readonly parameters: Float64Array;
}

/** A run in progress. */
export class TrainingSession {
  readonly program: CompiledModel;
  readonly optimizer: Optimizer;
  readonly totalSteps: number;
  readonly stepsPerEpoch: number;
  private readonly data: Dataset;
  private readonly options: TrainOptions;
  private readonly order: Int32Array;
  private readonly rng: Rng | undefined;
  private evaluator: CompiledModel | null = null;
  private step = 0;
  private lastBatchLoss = NaN;
  /** The loss of the first batch, before any update: what divergence is measured against. */
  private startLoss = NaN;
  private status: 'running' | TrainResult['status'] = 'running';
  private divergence: TrainingDivergence | undefined;

  constructor(model: TrainableModel, data: Dataset, options: TrainOptions) {
    assertBatchMode(options.batch);
    assertTrainingData(data, inputSizeOf(model.spec), outputSizeOf(model.spec));
    this.data = data;
    this.options = options;
    this.stepsPerEpoch = stepsPerEpoch(options.batch, data.count);
    this.totalSteps = totalStepsOf(options, this.stepsPerEpoch);
    if (options.batch.kind !== 'full' && options.rng === undefined) {
      throw new EngineError('train', `rng is required for batch mode ${options.batch.kind}`);
    }
    this.rng = options.rng;
    const maxRows = largestBatch(options.batch, data.count);
    this.program = compileModel(model.spec, { loss: options.loss, maxRows, parameters: model.parameters });
    this.optimizer = createOptimizer(options.optimizer, model.parameters.length);
    this.order = Int32Array.from({ length: data.count }, (_, i) => i);
    if (options.batch.kind === 'full') this.load(0, data.count);
  }

  /** True once the run has completed, diverged or been aborted. */
  get isFinished(): boolean {
    return this.status !== 'running';
  }

  /** Updates applied so far. */
  get stepsDone(): number {
    return this.step;
  }

  /** Runs up to `maxSteps` more steps; stops early when the run ends. */
  advance(maxSteps: number): void {
    const end = Math.min(this.totalSteps, this.step + maxSteps);
    while (this.status === 'running' && this.step < end) {
      if (this.options.signal?.aborted) {
        this.status = 'aborted';
        return;
      }
      this.runStep();
    }
    if (this.status === 'running' && this.step >= this.totalSteps) this.finish();
  }

  /** Ends the run as 'aborted' (no effect on a finished run). */
  abort(): void {
    if (this.status === 'running') this.status = 'aborted';
  }

  /** The result so far; `finalLoss` is measured over all examples now. */
  result(): TrainResult {
    return {
      status: this.status === 'running' ? 'aborted' : this.status,
      steps: this.step,
      epochs: this.step / this.stepsPerEpoch,
      finalLoss: this.evaluateLoss(),
      lastBatchLoss: this.lastBatchLoss,
      learningRate: this.options.optimizer.learningRate,
      ...(this.divergence === undefined ? {} : { divergence: this.divergence }),
    };
  }

  /** Mean loss over every training example with the current parameters. */
  evaluateLoss(): number {
    const program = this.fullDataProgram();
    program.forward(this.data.count);
    return program.lossOnly(this.data.count);
  }

  /** A program holding every example, sharing the parameters (the training one for full batches). */
  fullDataProgram(): CompiledModel {
    if (this.options.batch.kind === 'full') return this.program;
    const { spec, parameters } = this.program;
    this.evaluator ??= compileForData(spec, this.options.loss, parameters, this.data);
    return this.evaluator;
  }

  /** One step: the loss before the update, checked against the divergence limit, then the update. */
  private runStep(): void {
    const rows = this.nextBatch();
    const program = this.program;
    const step = this.step;
    const { reportEvery, onProgress } = this.options;
    const loss = program.computeGradients(rows);
    if (step === 0) this.startLoss = loss;
    this.lastBatchLoss = loss;
    const reason = lossDivergence(loss, this.startLoss);
    // Reported: every reportEvery-th step, the last step, and the step that diverges (so a curve ends on its blow-up).
    const isReported = reportEvery !== undefined && (step % reportEvery === 0 || step === this.totalSteps - 1 || reason !== null);
    if (onProgress !== undefined && isReported) {
      onProgress({ step, epoch: Math.floor(step / this.stepsPerEpoch), loss, parameters: program.parameters });
    }
    if (reason !== null) {
      this.diverge(step, reason, loss);
      return;
    }
    this.optimizer.step(program.parameters, program.gradients);
    const bad = firstNonFinite(program.parameters);
    if (bad >= 0) {
      const reason = Number.isNaN(program.parameters[bad]) ? 'parameter became NaN' : 'parameter became Infinity';
      this.diverge(step, reason, this.lastBatchLoss, bad);
    }
    this.step = step + 1;
  }

  /** Ends a run that took all its steps: 'completed', unless its final loss broke the divergence rule. */
  private finish(): void {
    this.status = 'completed';
    const finalLoss = this.evaluateLoss();
    const reason = lossDivergence(finalLoss, this.startLoss);
    if (reason !== null) this.diverge(this.step, reason, finalLoss);
  }

  private diverge(step: number, reason: DivergenceReason, loss: number, parameterIndex?: number): void {
    this.status = 'diverged';
    const detail = { step, reason, learningRate: this.options.optimizer.learningRate, startLoss: this.startLoss, loss };
    this.divergence = {
      ...divergenceOf(detail, 'this network'),
      ...(parameterIndex === undefined ? {} : { parameterIndex }),
    };
  }

  /** Fills the batch buffers for this step and returns the number of rows. */
  private nextBatch(): number {
    const { batch } = this.options;
    const count = this.data.count;
    if (batch.kind === 'full') return count;
    const rng = this.rng as Rng;
    if (batch.kind === 'sample') {
      this.order[0] = rng.int(count);
      this.load(0, 1);
      return 1;
    }
    const indexInEpoch = this.step % this.stepsPerEpoch;
    if (indexInEpoch === 0) shuffleInPlace(this.order, rng);
    const start = indexInEpoch * batch.size;
    const rows = Math.min(batch.size, count - start);
    this.load(start, rows);
    return rows;
  }

  private load(start: number, rows: number): void {
    const { inputs, targets, spec } = this.program;
    loadRowsInPlace(this.data, this.order, start, rows, inputs, targets, outputSizeOf(spec));
  }
}

function totalStepsOf(options: TrainOptions, perEpoch: number): number {
  const { steps, epochs } = options;
  if ((steps === undefined) === (epochs === undefined)) {
    throw new EngineError('train', 'give exactly one of steps and epochs');
  }
  const value = steps ?? epochs ?? 0;
  const field = steps === undefined ? 'epochs' : 'steps';
  if (!Number.isInteger(value) || value < 0) {
    throw new EngineError('train', `${field} must be a non-negative integer, got ${value}`);
  }
  return steps ?? value * perEpoch;
}
