/**
 * identity(x) = x. Derivative: 1. It lets a layer with "no activation" use the
 * same code path as the others.
 * The formula lives in `activations.ts`, shared with the fast path and the figures.
 */
import { ACTIVATIONS } from '../activations';
import { accumulate, track } from '../graph';
import type { Tensor } from '../tensor';

/** identity(x) = x, elementwise. */
export function identity(x: Tensor): Tensor {
  const { value } = ACTIVATIONS.identity;
  const y = x.map(value);
  return track(y, 'identity', [x], (dy) => {
    // Chain rule: dx = dy · 1; the gradient passes unchanged.
    accumulate(x, dy);
  });
}
