/**
 * step(x) = 1 for x ≥ 0, else 0, elementwise: the perceptron's threshold.
 * Forward only. Its slope is 0 wherever it exists (and undefined at 0), so
 * gradient descent would receive no signal; its backward throws instead of
 * silently sending zeros. Use sigmoid as the smooth stand-in.
 */
import { ACTIVATIONS } from '../activations';
import { EngineError } from '../errors';
import { track } from '../graph';
import type { Tensor } from '../tensor';

/** step(x) = 1 for x ≥ 0, else 0, elementwise. Has no backward. */
export function step(x: Tensor): Tensor {
  const y = x.map(ACTIVATIONS.step.value);
  return track(y, 'step', [x], () => {
    throw new EngineError(
      'step',
      'has no useful gradient: its slope is 0 everywhere except at 0, where it is undefined; use sigmoid for a trainable threshold',
    );
  });
}
