/**
 * Huber loss with threshold δ > 0, on the residual r = p − t:
 *   ℓ = ½ r²             when |r| ≤ δ  (squared near the target),
 *   ℓ = δ (|r| − ½ δ)    when |r| > δ  (linear far away, so outliers pull less).
 * Derivative: r inside, δ · sign(r) outside; the two pieces meet with equal
 * value and slope at |r| = δ.
 */
import { EngineError } from '../errors';
import { describeValue } from '../text/describe-value';
import type { Tensor } from '../tensor';
import { assertLossShapes, parseReduction, reducedLoss, type LossOptions } from './reduction';

/** Huber's default threshold between the quadratic and the linear part (PyTorch's default). */
export const HUBER_DELTA = 1;

/** Options for {@link huberLoss}. */
export interface HuberOptions extends LossOptions {
  /** Where the loss turns from quadratic to linear; default {@link HUBER_DELTA}. */
  readonly delta?: number;
}

/** Huber loss between predictions and targets of the same shape, as a [1, 1] tensor. */
export function huberLoss(predictions: Tensor, targets: Tensor, options: HuberOptions = {}): Tensor {
  const reduction = parseReduction('huberLoss', options.reduction);
  const delta = options.delta ?? HUBER_DELTA;
  if (!Number.isFinite(delta) || delta <= 0) {
    throw new EngineError('huberLoss', `delta: expected a finite number > 0, got ${describeValue(delta)}`);
  }
  assertLossShapes('huberLoss', predictions, targets);
  const values = new Float64Array(predictions.size);
  const slopes = new Float64Array(predictions.size);
  for (let i = 0; i < values.length; i++) {
    const r = predictions.data[i] - targets.data[i];
    const isNear = Math.abs(r) <= delta;
    values[i] = isNear ? 0.5 * r * r : delta * (Math.abs(r) - 0.5 * delta);
    slopes[i] = isNear ? r : delta * Math.sign(r);
  }
  return reducedLoss('huberLoss', predictions, values, slopes, reduction);
}
