/**
 * sub(a, b) = a − b, elementwise. Shapes must be equal, except that a [1, 1]
 * side broadcasts to the other's shape.
 * Derivative: ∂y/∂a = 1, ∂y/∂b = −1.
 */
import { accumulate, track } from '../graph';
import type { Tensor } from '../tensor';
import { broadcastShape, elementwise, sumToShapeOf } from './broadcast';

/** a − b elementwise; a [1, 1] operand broadcasts. */
export function sub(a: Tensor, b: Tensor): Tensor {
  const y = elementwise(broadcastShape('sub', a, b), a, b, (p, q) => p - q);
  return track(y, 'sub', [a, b], (dy) => {
    accumulate(a, sumToShapeOf(dy, a));
    accumulate(b, sumToShapeOf(dy.map((g) => -g), b));
  });
}
