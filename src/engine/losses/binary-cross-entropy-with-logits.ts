/**
 * Binary cross-entropy on logits z (the input to the sigmoid) with targets
 * t ∈ [0, 1], equal to binaryCrossEntropy(σ(z), t) but computed as
 *   ℓᵢ = max(zᵢ, 0) − zᵢ tᵢ + ln(1 + e^(−|zᵢ|)),
 * which never takes the log of 0 and never overflows exp, whatever z is.
 * Derivative: ∂ℓᵢ/∂zᵢ = σ(zᵢ) − tᵢ.
 */
import { sigmoid } from '../activations';
import type { Tensor } from '../tensor';
import { assertLossShapes, parseReduction, reducedLoss, type LossOptions } from './reduction';
import { exp, log1p } from '../math/index';

/** Cross-entropy of sigmoid(logits) against 0/1 targets, stable for any logit, as a [1, 1] tensor. */
export function binaryCrossEntropyWithLogits(logits: Tensor, targets: Tensor, options: LossOptions = {}): Tensor {
  const reduction = parseReduction('binaryCrossEntropyWithLogits', options.reduction);
  assertLossShapes('binaryCrossEntropyWithLogits', logits, targets);
  const values = new Float64Array(logits.size);
  const slopes = new Float64Array(logits.size);
  for (let i = 0; i < values.length; i++) {
    const z = logits.data[i];
    const t = targets.data[i];
    values[i] = Math.max(z, 0) - z * t + log1p(exp(-Math.abs(z)));
    slopes[i] = sigmoid(z) - t;
  }
  return reducedLoss('binaryCrossEntropyWithLogits', logits, values, slopes, reduction);
}
