/**
 * The mean cross-entropy of sigmoid outputs a against 0/1 targets y, computed the way
 * the classic NumPy initialization exercise printed it:
 *   logprobs = np.multiply(-np.log(a3), Y) + np.multiply(-np.log(1 - a3), 1 - Y)
 *   cost = 1./m * np.nansum(logprobs)
 * term by term in that order, NaN terms (0 · ∞, an output rounded to exactly 0 or 1 on
 * the side its target does not weigh) counted as 0, the terms added in NumPy's pairwise
 * order, and the sum multiplied by the rounded 1/m rather than divided by m. An output
 * rounded to 1 on the side its target weighs makes the cost ∞, as the exercise printed.
 *
 * A report, not a loss: training takes its loss and gradients from the fused, stable
 * kernel (max(z, 0) − z·y + ln(1 + e^(−|z|)), summed in order, divided by m), which
 * differs from this in the last digits; this function only lets a figure print the
 * exercise's own number for the outputs the engine's run reached.
 */
import { EngineError } from '../errors';
import { log } from '../math/index';
import { pairwiseSum } from './pairwise-sum';

/** The exercise's printed cost of the first `count` outputs (default: all) against their targets. */
export function numpyStyleBceCost(outputs: ArrayLike<number>, targets: ArrayLike<number>, count = outputs.length): number {
  if (!Number.isInteger(count) || count < 1 || count > outputs.length || count > targets.length) {
    throw new EngineError(
      'numpyStyleBceCost',
      `count: expected a whole number from 1 to ${Math.min(outputs.length, targets.length)} (outputs hold ${outputs.length}, targets ${targets.length}), got ${count}`,
    );
  }
  const logprobs = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const a = outputs[i];
    const y = targets[i];
    const term = -log(a) * y + -log(1 - a) * (1 - y);
    logprobs[i] = Number.isNaN(term) ? 0 : term;
  }
  return (1 / count) * pairwiseSum(logprobs);
}
