/**
 * mul(a, b) = a · b, elementwise (the Hadamard product, not matmul). Shapes
 * must be equal, except that a [1, 1] side broadcasts to the other's shape.
 * Derivative: ∂y/∂a = b, ∂y/∂b = a.
 */
import { accumulate, track } from '../graph';
import type { Tensor } from '../tensor';
import { broadcastShape, elementwise, sumToShapeOf } from './broadcast';

/** a · b elementwise; a [1, 1] operand broadcasts. */
export function mul(a: Tensor, b: Tensor): Tensor {
  const shape = broadcastShape('mul', a, b);
  const y = elementwise(shape, a, b, (p, q) => p * q);
  return track(y, 'mul', [a, b], (dy) => {
    accumulate(a, sumToShapeOf(elementwise(shape, dy, b, (g, q) => g * q), a));
    accumulate(b, sumToShapeOf(elementwise(shape, dy, a, (g, p) => g * p), b));
  });
}
