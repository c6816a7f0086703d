/**
 * Binary accuracy: the fraction of examples whose predicted class matches the
 * target. A prediction counts as class 1 when it is ≥ threshold (0.5 for
 * probabilities such as a sigmoid output; pass 0 for raw logits), or, with the
 * rule 'above', only when it is strictly above it (the classic initialization
 * exercise's convention: an output of exactly 0.5 is class 0). A target counts
 * as class 1 when it is ≥ 0.5, so 0/1 labels work, and so do ±1 labels.
 */
import { EngineError } from '../errors';

/** Whether an output equal to the threshold is class 1 ('atLeast') or class 0 ('above'). */
export type AccuracyRule = 'atLeast' | 'above';

/** Fraction in [0, 1] of predictions on the same side of `threshold` as their 0/1 target. */
export function accuracy(predictions: Float64Array, targets: Float64Array, threshold = 0.5, rule: AccuracyRule = 'atLeast'): number {
  if (predictions.length !== targets.length || predictions.length === 0) {
    throw new EngineError(
      'accuracy',
      `predictions has ${predictions.length} values and targets has ${targets.length}; they must be equal and non-zero`,
    );
  }
  let correct = 0;
  for (let i = 0; i < predictions.length; i++) {
    const predicted = rule === 'above' ? predictions[i] > threshold : predictions[i] >= threshold;
    const actual = targets[i] >= 0.5;
    if (predicted === actual) correct += 1;
  }
  return correct / predictions.length;
}
