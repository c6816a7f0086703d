/**
 * relu(x) = max(0, x), elementwise.
 * Derivative: 1 for x > 0, 0 for x < 0; at the kink x = 0 we use 0.
 * The formula lives in `activations.ts`, shared with the fast path and the figures.
 */
import { ACTIVATIONS } from '../activations';
import { accumulate, track } from '../graph';
import type { Tensor } from '../tensor';

/** relu(x) = max(0, x), elementwise. */
export function relu(x: Tensor): Tensor {
  const { value } = ACTIVATIONS.relu;
  const y = x.map(value);
  return track(y, 'relu', [x], (dy) => {
    // Chain rule: dx = dy · 1 where x > 0, dy · 0 elsewhere: the gradient passes or stops.
    accumulate(x, dy.zip(x, (g, xi) => g * (xi > 0 ? 1 : 0)));
  });
}
