/**
 * softplus(x) = ln(1 + eˣ), elementwise, computed as max(x, 0) + ln(1 + e^(−|x|))
 * so that large |x| does not overflow.
 * Derivative: σ(x), the sigmoid.
 * The formula lives in `activations.ts`, shared with the fast path and the figures.
 */
import { ACTIVATIONS, sigmoid as scalarSigmoid } from '../activations';
import { accumulate, track } from '../graph';
import type { Tensor } from '../tensor';

/** softplus(x) = ln(1 + eˣ), elementwise. */
export function softplus(x: Tensor): Tensor {
  const { value } = ACTIVATIONS.softplus;
  const y = x.map(value);
  return track(y, 'softplus', [x], (dy) => {
    // Chain rule: dx = dy · σ(x), since d/dx ln(1 + eˣ) = eˣ / (1 + eˣ) = σ(x).
    accumulate(x, dy.zip(x, (g, xi) => g * scalarSigmoid(xi)));
  });
}
