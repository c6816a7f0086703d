/**
 * tanh(x) = (eˣ − e⁻ˣ) / (eˣ + e⁻ˣ), elementwise.
 * Derivative: 1 − tanh(x)², read from the saved output.
 * The formula lives in `activations.ts`, shared with the fast path and the figures.
 */
import { ACTIVATIONS } from '../activations';
import { accumulate, track } from '../graph';
import type { Tensor } from '../tensor';

/** tanh(x), elementwise. */
export function tanh(x: Tensor): Tensor {
  const { value } = ACTIVATIONS.tanh;
  const y = x.map(value);
  return track(y, 'tanh', [x], (dy) => {
    // Chain rule: dx = dy · (1 − y²), with y = tanh(x) saved from the forward pass.
    accumulate(x, dy.zip(y, (g, t) => g * (1 - t * t)));
  });
}
