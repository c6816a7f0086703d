/**
 * exp(x) = eˣ, elementwise. Derivative: eˣ itself, read from the saved output.
 * Overflows to Infinity above x ≈ 709.78 (float64's largest finite eˣ).
 */
import { accumulate, track } from '../graph';
import type { Tensor } from '../tensor';
import * as math from '../math/index';

/** eˣ elementwise. */
export function exp(x: Tensor): Tensor {
  const y = x.map(math.exp);
  return track(y, 'exp', [x], (dy) => {
    accumulate(x, dy.zip(y, (g, out) => g * out));
  });
}
