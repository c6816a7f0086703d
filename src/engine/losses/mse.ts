/**
 * Mean squared error: ℓᵢ = (pᵢ − tᵢ)², averaged (or summed) over all elements.
 * Derivative: ∂ℓᵢ/∂pᵢ = 2(pᵢ − tᵢ).
 */
import type { Tensor } from '../tensor';
import { assertLossShapes, parseReduction, reducedLoss, type LossOptions } from './reduction';

/** Squared error between predictions and targets of the same shape, as a [1, 1] tensor. */
export function mseLoss(predictions: Tensor, targets: Tensor, options: LossOptions = {}): Tensor {
  const reduction = parseReduction('mseLoss', options.reduction);
  assertLossShapes('mseLoss', predictions, targets);
  const values = new Float64Array(predictions.size);
  const slopes = new Float64Array(predictions.size);
  for (let i = 0; i < values.length; i++) {
    const r = predictions.data[i] - targets.data[i];
    values[i] = r * r;
    slopes[i] = 2 * r;
  }
  return reducedLoss('mseLoss', predictions, values, slopes, reduction);
}
