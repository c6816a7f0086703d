/**
 * What every loss shares: the reduction that turns per-element losses into
 * one number, the shape check, and the tracked [1, 1] output.
 *
 * Each loss computes, for every element, its value ℓᵢ and its slope ∂ℓᵢ/∂predictionᵢ
 * side by side. The reported loss is Σ ℓᵢ ('sum') or Σ ℓᵢ / N ('mean', the
 * default), so the gradient sent to prediction i is dy · slopeᵢ (· 1/N for mean).
 * Targets are data: they never receive a gradient.
 */
import { EngineError, formatShape } from '../errors';
import { accumulate, track } from '../graph';
import { Tensor } from '../tensor';
import { describeValue } from '../text/describe-value';

/** How per-element losses become one number: their mean (default) or their sum. */
export type Reduction = 'mean' | 'sum';

/** Options every loss accepts. */
export interface LossOptions {
  /** 'mean' (default) averages over the N loss terms; 'sum' adds them. */
  readonly reduction?: Reduction;
}

/** Returns the reduction, defaulting to 'mean'; throws for anything else. */
export function parseReduction(op: string, reduction: unknown = 'mean'): Reduction {
  if (reduction !== 'mean' && reduction !== 'sum') {
    throw new EngineError(op, `reduction: expected 'mean' or 'sum', got ${typeof reduction === 'string' ? JSON.stringify(reduction) : describeValue(reduction)}`);
  }
  return reduction;
}

/** Throws unless predictions and targets have the same shape. */
export function assertLossShapes(op: string, predictions: Tensor, targets: Tensor): void {
  if (predictions.shape[0] !== targets.shape[0] || predictions.shape[1] !== targets.shape[1]) {
    throw new EngineError(
      op,
      `predictions is ${formatShape(predictions.shape)} and targets is ${formatShape(targets.shape)}; shapes must be equal`,
    );
  }
}

/**
 * The tracked [1, 1] loss from per-term values and per-element slopes.
 * `terms` is N, the number of loss terms a mean divides by.
 */
export function reducedLoss(
  op: string,
  predictions: Tensor,
  values: Float64Array,
  slopes: Float64Array,
  reduction: Reduction,
  terms: number = values.length,
): Tensor {
  const scale = reduction === 'mean' ? 1 / terms : 1;
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i];
  const loss = Tensor.scalar(total * scale);
  return track(loss, op, [predictions], (dy) => {
    const factor = dy.data[0] * scale;
    accumulate(predictions, new Tensor(predictions.shape, slopes.map((s) => s * factor)));
  });
}
