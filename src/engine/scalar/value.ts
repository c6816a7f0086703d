/**
 * A scalar autograd graph you can look inside, for the chain-rule chapter.
 *
 * Every node stores its forward value, the op that made it, its inputs, and
 * its local derivatives ∂node/∂input, one per input, computed during the
 * forward pass. The backward pass (see `backward-steps.ts`) only multiplies
 * these by the gradient arriving from above and adds the products up.
 */
import { EngineError } from '../errors';

/** The ops a scalar node can come from; 'input' marks a leaf (a variable or constant). */
export type ScalarOp =
  | 'input'
  | 'add'
  | 'sub'
  | 'mul'
  | 'div'
  | 'pow'
  | 'neg'
  | 'exp'
  | 'log'
  | 'tanh'
  | 'sigmoid'
  | 'relu';

/** One node of the scalar graph. */
export class ScalarValue {
  /** Forward value. */
  readonly value: number;
  /** The op that produced this node. */
  readonly op: ScalarOp;
  /** The nodes the op read, in order; the same node may appear twice (x · x). */
  readonly inputs: readonly ScalarValue[];
  /** ∂this/∂inputs[i], evaluated at the forward values. */
  readonly localDerivatives: readonly number[];
  /** A human label for drawings: a name for leaves, an expression for ops. */
  readonly label: string;
  /** d root / d this node after `backward(root)`; 0 before. */
  grad = 0;

  constructor(value: number, op: ScalarOp, inputs: readonly ScalarValue[], localDerivatives: readonly number[], label: string) {
    if (inputs.length !== localDerivatives.length) {
      throw new EngineError(
        'ScalarValue',
        `${op} node: the number of inputs (${inputs.length}) must equal the number of local derivatives (${localDerivatives.length})`,
      );
    }
    this.value = value;
    this.op = op;
    this.inputs = inputs;
    this.localDerivatives = localDerivatives;
    this.label = label;
  }

  /** True for a leaf: a variable or a constant, made by no op. */
  get isLeaf(): boolean {
    return this.inputs.length === 0;
  }
}

/** A leaf node: a named variable such as `value(2, 'a')`. */
export function value(x: number, label = String(x)): ScalarValue {
  if (!Number.isFinite(x)) {
    throw new EngineError('value', `x: expected a finite number, got ${x}`);
  }
  return new ScalarValue(x, 'input', [], [], label);
}

/** An operand: a node, or a plain number that becomes a constant leaf. */
export type Operand = ScalarValue | number;

/** The node for an operand, wrapping numbers as constants labelled by their value. */
export function toNode(operand: Operand): ScalarValue {
  return typeof operand === 'number' ? value(operand) : operand;
}

/** The label of an input inside a larger expression: parenthesized unless it is a leaf. */
export function wrapLabel(node: ScalarValue): string {
  return node.isLeaf ? node.label : `(${node.label})`;
}
