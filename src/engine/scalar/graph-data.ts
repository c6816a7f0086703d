/**
 * The scalar graph and its backward pass as plain, serializable data, for a
 * figure that draws the graph and animates the gradients. Nodes are numbered
 * by their position in the topological order (inputs first), so ids are the
 * same on every run and an edge always goes from a smaller id to a larger one.
 */
import { backwardSteps, topologicalOrder } from './backward-steps';
import type { ScalarOp, ScalarValue } from './value';

/** One node, with its final gradient d root / d node. */
export interface NodeData {
  readonly id: number;
  readonly label: string;
  readonly op: ScalarOp;
  readonly value: number;
  readonly grad: number;
  readonly isLeaf: boolean;
}

/** One edge input → node, carrying ∂node/∂input. */
export interface EdgeData {
  readonly from: number;
  readonly to: number;
  readonly localDerivative: number;
}

/** One backward step with nodes named by id. */
export interface StepData {
  readonly nodeId: number;
  readonly upstream: number;
  readonly contributions: readonly {
    readonly inputId: number;
    readonly localDerivative: number;
    readonly contribution: number;
    readonly gradAfter: number;
  }[];
}

/** Nodes, edges and backward steps of the graph ending at `root`; changes no node. */
export function graphData(root: ScalarValue): {
  readonly nodes: NodeData[];
  readonly edges: EdgeData[];
  readonly steps: StepData[];
} {
  const order = topologicalOrder(root);
  const ids = new Map(order.map((node, id) => [node, id]));
  const idOf = (node: ScalarValue): number => ids.get(node) ?? -1;
  const steps = backwardSteps(root);
  const grads = new Map(steps.map((step) => [step.node, step.upstream]));
  const nodes = order.map((node, id) => ({
    id,
    label: node.label,
    op: node.op,
    value: node.value,
    grad: grads.get(node) ?? 0,
    isLeaf: node.isLeaf,
  }));
  const edges = order.flatMap((node, id) =>
    node.inputs.map((input, i) => ({ from: idOf(input), to: id, localDerivative: node.localDerivatives[i] })),
  );
  const stepData = steps.map((step) => ({
    nodeId: idOf(step.node),
    upstream: step.upstream,
    contributions: step.contributions.map((c) => ({
      inputId: idOf(c.input),
      localDerivative: c.localDerivative,
      contribution: c.contribution,
      gradAfter: c.gradAfter,
    })),
  }));
  return { nodes, edges, steps: stepData };
}
