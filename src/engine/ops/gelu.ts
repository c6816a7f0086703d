/**
 * gelu(x) ≈ ½ x (1 + tanh(√(2/π)(x + 0.044715 x³))), the tanh approximation.
 * Derivative: ½(1 + t) + ½ x (1 − t²) √(2/π)(1 + 3·0.044715 x²), with t the tanh above.
 * The formula lives in `activations.ts`, shared with the fast path and the figures.
 */
import { ACTIVATIONS } from '../activations';
import { accumulate, track } from '../graph';
import type { Tensor } from '../tensor';

/** gelu(x), tanh approximation, elementwise. */
export function gelu(x: Tensor): Tensor {
  const { value, slope } = ACTIVATIONS.gelu;
  const y = x.map(value);
  return track(y, 'gelu', [x], (dy) => {
    accumulate(x, dy.zip(y, (g, out, i) => g * slope(x.data[i], out)));
  });
}
