/** neg(x) = −x, elementwise. Derivative: −1. */
import { accumulate, track } from '../graph';
import type { Tensor } from '../tensor';

/** −x elementwise. */
export function neg(x: Tensor): Tensor {
  const y = x.map((v) => -v);
  return track(y, 'neg', [x], (dy) => {
    accumulate(x, dy.map((g) => -g));
  });
}
