/**
 * The part of a job run that is its training session's: whether it has finished, advancing it
 * and stopping it. A job kind whose run trains one TrainingSession extends this and adds its
 * reports and result.
 */
import type { TrainingSession } from '../train/training-session';
import type { JobRun } from './job-kind';

export abstract class SessionRun<Report, Result> implements JobRun<Report, Result> {
  protected abstract readonly session: TrainingSession;

  get isFinished(): boolean {
    return this.session.isFinished;
  }

  advance(maxSteps: number): void {
    this.session.advance(maxSteps);
  }

  abort(): void {
    this.session.abort();
  }

  abstract takeReport(): Report;

  abstract result(): Result;
}
