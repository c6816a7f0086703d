/**
 * The backward pass over a scalar graph, as data a widget can replay.
 *
 * Nodes are visited from the root down (reverse topological order). When a
 * node is visited, every path from it to the root has already delivered its
 * share, so its gradient (the "upstream" gradient) is complete. The node then
 * sends each input  contribution = local derivative × upstream, and the
 * input's gradient is the sum of the contributions it receives.
 */
import { EngineError } from '../errors';
import { topologicalSort } from '../graph-order';
import type { ScalarValue } from './value';

/** One input's share in a backward step. */
export interface Contribution {
  readonly input: ScalarValue;
  /** ∂node/∂input. */
  readonly localDerivative: number;
  /** localDerivative × upstream: what this edge adds to the input's gradient. */
  readonly contribution: number;
  /** The input's gradient so far, after adding this contribution. */
  readonly gradAfter: number;
}

/** Visiting one node during the backward pass. */
export interface BackwardStep {
  /** 0 for the root, then one per node in the order visited. */
  readonly index: number;
  readonly node: ScalarValue;
  /** d root / d node, complete at this point (1 for the root). */
  readonly upstream: number;
  /** One entry per input, in input order; empty for leaves. */
  readonly contributions: readonly Contribution[];
}

/**
 * Every node `root` depends on, inputs before the nodes that use them, ending
 * with `root` (see `graph-order.ts`: explicit stack, same order every run).
 */
export function topologicalOrder(root: ScalarValue): ScalarValue[] {
  return topologicalSort(root, (node) => node.inputs);
}

/** The backward pass from `root` as an ordered list of steps; changes no node. */
export function backwardSteps(root: ScalarValue): BackwardStep[] {
  const order = topologicalOrder(root).reverse();
  const grads = new Map<ScalarValue, number>([[root, 1]]);
  return order.map((node, index) => {
    const upstream = grads.get(node) ?? 0;
    const contributions = node.inputs.map((input, i) => {
      const localDerivative = node.localDerivatives[i];
      const contribution = localDerivative * upstream;
      const gradAfter = (grads.get(input) ?? 0) + contribution;
      grads.set(input, gradAfter);
      return { input, localDerivative, contribution, gradAfter };
    });
    return { index, node, upstream, contributions };
  });
}

/**
 * Runs the backward pass and stores d root / d node in every node's `grad`
 * (replacing earlier values, so calling it twice gives the same result).
 */
export function backward(root: ScalarValue): void {
  if (!Number.isFinite(root.value)) {
    throw new EngineError('backward', `root value must be finite, got ${root.value} (from ${root.label})`);
  }
  for (const step of backwardSteps(root)) step.node.grad = step.upstream;
}
