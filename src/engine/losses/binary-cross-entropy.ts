/**
 * Binary cross-entropy on probabilities p ∈ (0, 1) with targets t ∈ [0, 1]:
 *   ℓᵢ = −(tᵢ ln pᵢ + (1 − tᵢ) ln(1 − pᵢ)).
 * Derivative: ∂ℓᵢ/∂pᵢ = (pᵢ − tᵢ) / (pᵢ (1 − pᵢ)).
 *
 * p is first clamped to [ε, 1 − ε] with ε = 1e-12 (BCE_EPSILON). A sigmoid
 * that saturates returns exactly 0 or 1 in float64, and ln 0 = −∞ would make
 * the loss infinite and the gradient NaN. With ε = 1e-12 one example costs at
 * most −ln ε ≈ 27.6, and 1 − ε is still a different float64 from 1 (the spacing
 * near 1 is about 1.1e-16; an ε below that would round 1 − ε back to 1 and
 * leave the upper side unprotected). Where the clamp is active the slope is 0,
 * as for any clamp. For saturating outputs prefer {@link binaryCrossEntropyWithLogits}.
 */
import type { Tensor } from '../tensor';
import { assertLossShapes, parseReduction, reducedLoss, type LossOptions } from './reduction';
import { log } from '../math/index';

/** The clamp ε for probabilities; see the file comment for why 1e-12. */
export const BCE_EPSILON = 1e-12;

/** Cross-entropy of probabilities against 0/1 targets of the same shape, as a [1, 1] tensor. */
export function binaryCrossEntropy(predictions: Tensor, targets: Tensor, options: LossOptions = {}): Tensor {
  const reduction = parseReduction('binaryCrossEntropy', options.reduction);
  assertLossShapes('binaryCrossEntropy', predictions, targets);
  const values = new Float64Array(predictions.size);
  const slopes = new Float64Array(predictions.size);
  for (let i = 0; i < values.length; i++) {
    const raw = predictions.data[i];
    const p = Math.min(Math.max(raw, BCE_EPSILON), 1 - BCE_EPSILON);
    const t = targets.data[i];
    values[i] = -(t * log(p) + (1 - t) * log(1 - p));
    const isClamped = p !== raw;
    slopes[i] = isClamped ? 0 : (p - t) / (p * (1 - p));
  }
  return reducedLoss('binaryCrossEntropy', predictions, values, slopes, reduction);
}
