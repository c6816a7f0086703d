/**
 * log(x) = ln x, the natural logarithm, elementwise.
 * Domain: x > 0. At 0 the result is −Infinity and below 0 it is NaN; values
 * are not checked, so clamp first when x can reach 0 (the losses do).
 * Derivative: 1/x.
 */
import { accumulate, track } from '../graph';
import type { Tensor } from '../tensor';
import * as math from '../math/index';

/** ln x elementwise, for x > 0. */
export function log(x: Tensor): Tensor {
  const y = x.map(math.log);
  return track(y, 'log', [x], (dy) => {
    accumulate(x, dy.zip(x, (g, v) => g / v));
  });
}
