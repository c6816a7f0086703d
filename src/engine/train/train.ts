/** Trains a model to the end in one call; see `training-session.ts` for what a step does. */
import type { Dataset } from '../data/dataset';
import { TrainingSession, type TrainableModel } from './training-session';
import type { TrainOptions, TrainResult } from './train-types';

/**
 * Trains `model.parameters` in place on `data` and returns how the run ended:
 * 'completed', 'diverged' (with the step and reason) or 'aborted'.
 */
export function train(model: TrainableModel, data: Dataset, options: TrainOptions): TrainResult {
  const session = new TrainingSession(model, data, options);
  session.advance(session.totalSteps);
  return session.result();
}
