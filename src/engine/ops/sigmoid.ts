/**
 * sigmoid(x) = σ(x) = 1 / (1 + e^(−x)), elementwise, computed without overflow.
 * Derivative: σ(x)(1 − σ(x)), read from the saved output.
 * The formula lives in `activations.ts`, shared with the fast path and the figures.
 */
import { ACTIVATIONS } from '../activations';
import { accumulate, track } from '../graph';
import type { Tensor } from '../tensor';

/** sigmoid(x) = 1 / (1 + e^(−x)), elementwise. */
export function sigmoid(x: Tensor): Tensor {
  const { value } = ACTIVATIONS.sigmoid;
  const y = x.map(value);
  return track(y, 'sigmoid', [x], (dy) => {
    // Chain rule: dx = dy · σ(x)(1 − σ(x)), read from the saved output s = σ(x).
    accumulate(x, dy.zip(y, (g, s) => g * (s * (1 - s))));
  });
}
