/**
 * L1 (absolute) error: ℓᵢ = |pᵢ − tᵢ|, averaged (or summed) over all elements.
 * Derivative: sign(pᵢ − tᵢ), which is undefined at pᵢ = tᵢ; we use 0 there.
 */
import type { Tensor } from '../tensor';
import { assertLossShapes, parseReduction, reducedLoss, type LossOptions } from './reduction';

/** Absolute error between predictions and targets of the same shape, as a [1, 1] tensor. */
export function l1Loss(predictions: Tensor, targets: Tensor, options: LossOptions = {}): Tensor {
  const reduction = parseReduction('l1Loss', options.reduction);
  assertLossShapes('l1Loss', predictions, targets);
  const values = new Float64Array(predictions.size);
  const slopes = new Float64Array(predictions.size);
  for (let i = 0; i < values.length; i++) {
    const r = predictions.data[i] - targets.data[i];
    values[i] = Math.abs(r);
    slopes[i] = Math.sign(r);
  }
  return reducedLoss('l1Loss', predictions, values, slopes, reduction);
}
