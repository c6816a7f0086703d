/**
 * Reverse-mode differentiation. Starting from a [1, 1] loss, we list every
 * tensor the loss depends on so that each comes after all the tensors it was
 * computed from (a topological order), then walk that list backwards: by the
 * time we reach a tensor, every use of it has already sent its share of the
 * gradient, so its `grad` is complete and can be passed on to its inputs.
 */
import { EngineError, formatShape } from './errors';
import { topologicalSort } from './graph-order';
import { Tensor } from './tensor';

/**
 * Every tensor `root` depends on through tracked ops, inputs before outputs,
 * ending with `root` (see `graph-order.ts`: explicit stack, same order every run).
 */
export function topologicalOrder(root: Tensor): Tensor[] {
  return topologicalSort(root, (tensor) => tensor.node?.inputs ?? []);
}

/**
 * Fills `grad` on every tensor that needs one with d loss / d tensor.
 * Seeds d loss / d loss = 1 and runs each op's backward exactly once, from the
 * loss down. Parameters' gradients add up across calls; clear them with
 * {@link zeroGrad} between steps.
 */
export function backward(loss: Tensor): void {
  if (loss.shape[0] !== 1 || loss.shape[1] !== 1) {
    throw new EngineError(
      'backward',
      `loss must be a [1, 1] tensor, got ${formatShape(loss.shape)}; reduce it with sum or mean first`,
    );
  }
  if (!loss.requiresGrad) {
    throw new EngineError(
      'backward',
      'loss does not depend on any tensor that requires a gradient; mark the parameters with asParameter()',
    );
  }
  const order = topologicalOrder(loss);
  if (loss.grad === null) loss.grad = new Float64Array(1);
  loss.grad[0] += 1;
  for (let i = order.length - 1; i >= 0; i--) {
    const tensor = order[i];
    if (tensor.node === null || tensor.grad === null) continue;
    tensor.node.backward(new Tensor(tensor.shape, tensor.grad));
  }
}

/** Clears the gradients of the given tensors (sets `grad` back to null). */
export function zeroGrad(tensors: Iterable<Tensor>): void {
  for (const tensor of tensors) tensor.grad = null;
}
