/**
 * div(a, b) = a / b, elementwise. Shapes must be equal, except that a [1, 1]
 * side broadcasts to the other's shape. Domain: b ≠ 0 (a zero gives ±Infinity
 * or NaN, which is a result, not an error).
 * Derivative: ∂y/∂a = 1/b, ∂y/∂b = −a/b².
 */
import { accumulate, track } from '../graph';
import type { Tensor } from '../tensor';
import { broadcastShape, elementwise, sumToShapeOf } from './broadcast';

/** a / b elementwise; a [1, 1] operand broadcasts. */
export function div(a: Tensor, b: Tensor): Tensor {
  const shape = broadcastShape('div', a, b);
  const y = elementwise(shape, a, b, (p, q) => p / q);
  return track(y, 'div', [a, b], (dy) => {
    const dyOverB = elementwise(shape, dy, b, (g, q) => g / q);
    accumulate(a, sumToShapeOf(dyOverB, a));
    // ∂(a/b)/∂b = −a/b² = −y/b, read from the saved output: dy/b · (−y).
    accumulate(b, sumToShapeOf(dyOverB.zip(y, (g, out) => -g * out), b));
  });
}
