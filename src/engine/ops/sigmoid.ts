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
  const { value, slope } = ACTIVATIONS.sigmoid;
  const y = x.map(value);
  return track(y, 'sigmoid', [x], (dy) => {
    accumulate(x, dy.zip(y, (g, out, i) => g * slope(x.data[i], out)));
  });
}
