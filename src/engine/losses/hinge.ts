/**
 * Hinge loss for targets t ∈ {−1, +1} and raw scores s:
 *   ℓᵢ = max(0, 1 − tᵢ sᵢ),
 * zero once a point is on the right side with margin 1.
 * Derivative: −tᵢ when tᵢ sᵢ < 1, else 0 (at the kink tᵢ sᵢ = 1 we use 0).
 */
import { EngineError } from '../errors';
import type { Tensor } from '../tensor';
import { assertLossShapes, parseReduction, reducedLoss, type LossOptions } from './reduction';

/** Hinge loss of scores against ±1 targets of the same shape, as a [1, 1] tensor. */
export function hingeLoss(scores: Tensor, targets: Tensor, options: LossOptions = {}): Tensor {
  const reduction = parseReduction('hingeLoss', options.reduction);
  assertLossShapes('hingeLoss', scores, targets);
  const bad = targets.data.findIndex((t) => t !== 1 && t !== -1);
  if (bad >= 0) {
    throw new EngineError(
      'hingeLoss',
      `targets: expected −1 or +1 everywhere, got ${targets.data[bad]} at index ${bad}; map 0/1 labels with t = 2·label − 1`,
    );
  }
  const values = new Float64Array(scores.size);
  const slopes = new Float64Array(scores.size);
  for (let i = 0; i < values.length; i++) {
    const margin = targets.data[i] * scores.data[i];
    values[i] = Math.max(0, 1 - margin);
    slopes[i] = margin < 1 ? -targets.data[i] : 0;
  }
  return reducedLoss('hingeLoss', scores, values, slopes, reduction);
}
