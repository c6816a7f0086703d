/**
 * leakyRelu(x) = x for x > 0, else α·x with α = LEAKY_RELU_SLOPE = 0.01.
 * Derivative: 1 for x > 0, α otherwise (α at the kink x = 0).
 * The formula lives in `activations.ts`, shared with the fast path and the figures.
 */
import { ACTIVATIONS, LEAKY_RELU_SLOPE } from '../activations';
import { accumulate, track } from '../graph';
import type { Tensor } from '../tensor';

/** leakyRelu(x) = x for x > 0, else 0.01·x, elementwise. */
export function leakyRelu(x: Tensor): Tensor {
  const { value } = ACTIVATIONS.leakyRelu;
  const y = x.map(value);
  return track(y, 'leakyRelu', [x], (dy) => {
    // Chain rule: dx = dy · 1 where x > 0, dy · LEAKY_RELU_SLOPE elsewhere: a little always passes.
    accumulate(x, dy.zip(x, (g, xi) => g * (xi > 0 ? 1 : LEAKY_RELU_SLOPE)));
  });
}
