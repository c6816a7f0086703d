/**
 * Softmax cross-entropy for logits z [n, k] (one row per example). Targets are
 * either a [n, k] row of class probabilities t (one-hot, or any distribution)
 * or a [n, 1] column of class indices 0 … k − 1 (index c means one-hot at c).
 * Per example, with p = softmax(z) and lse = ln Σⱼ e^(zⱼ):
 *   ℓ = −Σⱼ tⱼ ln pⱼ = lse · Σⱼ tⱼ − Σⱼ tⱼ zⱼ.
 * Derivative: ∂ℓ/∂zⱼ = pⱼ Σₖ tₖ − tⱼ, which is pⱼ − tⱼ when the row sums to 1.
 * 'mean' averages over the n examples (rows), one loss term each.
 * lse is computed after shifting by the row max, so large logits cannot overflow.
 */
import { EngineError, formatShape } from '../errors';
import { Tensor } from '../tensor';
import { parseReduction, reducedLoss, type LossOptions } from './reduction';
import { exp, log } from '../math/index';

/** Targets as an [n, k] block of class weights, expanding class indices to one-hot. */
function targetRows(logits: Tensor, targets: Tensor): Float64Array {
  const [n, k] = logits.shape;
  if (targets.shape[0] === n && targets.shape[1] === k) return targets.data;
  if (targets.shape[0] !== n || targets.shape[1] !== 1) {
    throw new EngineError(
      'softmaxCrossEntropy',
      `logits is ${formatShape(logits.shape)} and targets is ${formatShape(targets.shape)}; targets must be [${n}, ${k}] (one-hot) or [${n}, 1] (class indices)`,
    );
  }
  const rows = new Float64Array(n * k);
  for (let i = 0; i < n; i++) {
    const c = targets.data[i];
    if (!Number.isInteger(c) || c < 0 || c >= k) {
      throw new EngineError('softmaxCrossEntropy', `targets: class index at row ${i} must be an integer from 0 to ${k - 1}, got ${c}`);
    }
    rows[i * k + c] = 1;
  }
  return rows;
}

/** Cross-entropy of softmax(logits) against one-hot rows or class indices, as a [1, 1] tensor. */
export function softmaxCrossEntropy(logits: Tensor, targets: Tensor, options: LossOptions = {}): Tensor {
  const reduction = parseReduction('softmaxCrossEntropy', options.reduction);
  const t = targetRows(logits, targets);
  const [n, k] = logits.shape;
  const z = logits.data;
  const values = new Float64Array(n);
  const slopes = new Float64Array(n * k);
  for (let i = 0; i < n; i++) {
    const row = i * k;
    let max = -Infinity;
    for (let j = 0; j < k; j++) max = Math.max(max, z[row + j]);
    let expTotal = 0;
    for (let j = 0; j < k; j++) expTotal += exp(z[row + j] - max);
    const lse = max + log(expTotal);
    let targetTotal = 0;
    let targetDotZ = 0;
    for (let j = 0; j < k; j++) {
      targetTotal += t[row + j];
      targetDotZ += t[row + j] * z[row + j];
    }
    values[i] = lse * targetTotal - targetDotZ;
    for (let j = 0; j < k; j++) slopes[row + j] = exp(z[row + j] - lse) * targetTotal - t[row + j];
  }
  return reducedLoss('softmaxCrossEntropy', logits, values, slopes, reduction, n);
}
