/**
 * The one broadcast the elementwise ops allow: a [1, 1] operand stands for
 * the same number in every position. Any other shape mismatch is an error.
 * Its gradient is the sum of the gradients of all the positions it filled.
 */
import { EngineError, formatShape } from '../errors';
import { Tensor, type Shape } from '../tensor';

function isScalar(t: Tensor): boolean {
  return t.shape[0] === 1 && t.shape[1] === 1;
}

/** The output shape of a ∘ b: their common shape, or the other one's when a side is [1, 1]. */
export function broadcastShape(op: string, a: Tensor, b: Tensor): Shape {
  if (a.shape[0] === b.shape[0] && a.shape[1] === b.shape[1]) return a.shape;
  if (isScalar(b)) return a.shape;
  if (isScalar(a)) return b.shape;
  throw new EngineError(
    op,
    `a is ${formatShape(a.shape)} and b is ${formatShape(b.shape)}; shapes must be equal, or one side must be [1, 1]`,
  );
}

/** f applied position by position over `shape`, reading a [1, 1] operand as a constant. */
export function elementwise(
  shape: Shape,
  a: Tensor,
  b: Tensor,
  f: (p: number, q: number) => number,
): Tensor {
  const out = new Float64Array(shape[0] * shape[1]);
  const aStep = a.size === 1 ? 0 : 1;
  const bStep = b.size === 1 ? 0 : 1;
  for (let i = 0; i < out.length; i++) out[i] = f(a.data[i * aStep], b.data[i * bStep]);
  return new Tensor(shape, out);
}

/** Folds a gradient back to `target`'s shape: summed to one number when target was broadcast. */
export function sumToShapeOf(dx: Tensor, target: Tensor): Tensor {
  if (target.size !== 1 || dx.size === 1) return dx;
  let total = 0;
  for (let i = 0; i < dx.data.length; i++) total += dx.data[i];
  return Tensor.scalar(total);
}
