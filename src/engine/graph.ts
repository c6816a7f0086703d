/**
 * The autograd record. Each op computes its output, then calls `track` to
 * remember which inputs it used and how to send a gradient back to them.
 * `backward.ts` walks these records from the loss to the parameters.
 */
import { EngineError, formatShape } from './errors';
import type { Tensor } from './tensor';

// The record's type lives with the tensor that carries it, so tensor.ts needs nothing from here.
export type { GraphNode } from './tensor';

/**
 * Records that `y` came from `op` applied to `inputs`, and returns `y`.
 * When no input needs a gradient, nothing is recorded: constants build no graph.
 */
export function track(
  y: Tensor,
  op: string,
  inputs: readonly Tensor[],
  backward: (dy: Tensor) => void,
): Tensor {
  if (!inputs.some((input) => input.requiresGrad)) return y;
  y.requiresGrad = true;
  y.node = { op, inputs, backward };
  return y;
}

/**
 * Adds `dx` into `x.grad`, creating it at zero first. Adding, never
 * overwriting, is what makes fan-out work: a tensor used twice receives the
 * sum of both contributions. Tensors that need no gradient are skipped.
 */
export function accumulate(x: Tensor, dx: Tensor): void {
  if (!x.requiresGrad) return;
  if (dx.shape[0] !== x.shape[0] || dx.shape[1] !== x.shape[1]) {
    throw new EngineError(
      'accumulate',
      `gradient is ${formatShape(dx.shape)} but the tensor is ${formatShape(x.shape)}; shapes must be equal`,
    );
  }
  if (x.grad === null) x.grad = new Float64Array(x.data.length);
  const grad = x.grad;
  for (let i = 0; i < grad.length; i++) grad[i] += dx.data[i];
}
