/**
 * Every op and loss the engine exports, as data the property tests loop over: how to call it
 * on tensors of a valid shape and what shape it returns. Losses take (predictions, targets).
 */
import {
  binaryCrossEntropy,
  binaryCrossEntropyWithLogits,
  hingeLoss,
  huberLoss,
  l1Loss,
  mseLoss,
  ops,
  softmaxCrossEntropy,
  type Shape,
  type Tensor,
} from '../../../src/engine/index';

/** An op of one tensor and the shape it returns for an input of `shape`. */
export interface UnaryCase {
  readonly call: (x: Tensor) => Tensor;
  readonly shapeOf: (shape: Shape) => readonly [number, number];
}

const same = (shape: Shape): readonly [number, number] => shape;
const scalar = (): readonly [number, number] => [1, 1];

export const UNARY_OPS: Readonly<Record<string, UnaryCase>> = {
  exp: { call: ops.exp, shapeOf: same },
  log: { call: ops.log, shapeOf: same },
  neg: { call: ops.neg, shapeOf: same },
  identity: { call: ops.identity, shapeOf: same },
  step: { call: ops.step, shapeOf: same },
  relu: { call: ops.relu, shapeOf: same },
  leakyRelu: { call: ops.leakyRelu, shapeOf: same },
  sigmoid: { call: ops.sigmoid, shapeOf: same },
  tanh: { call: ops.tanh, shapeOf: same },
  softplus: { call: ops.softplus, shapeOf: same },
  gelu: { call: ops.gelu, shapeOf: same },
  softmax: { call: ops.softmax, shapeOf: same },
  'activate(gelu)': { call: (x) => ops.activate(x, 'gelu'), shapeOf: same },
  'pow(x, 2)': { call: (x) => ops.pow(x, 2), shapeOf: same },
  'pow(x, 0.5)': { call: (x) => ops.pow(x, 0.5), shapeOf: same },
  'pow(x, -1)': { call: (x) => ops.pow(x, -1), shapeOf: same },
  sum: { call: (x) => ops.sum(x), shapeOf: scalar },
  'sum(x, 0)': { call: (x) => ops.sum(x, 0), shapeOf: (shape) => [1, shape[1]] },
  'sum(x, 1)': { call: (x) => ops.sum(x, 1), shapeOf: (shape) => [shape[0], 1] },
  mean: { call: (x) => ops.mean(x), shapeOf: scalar },
  'mean(x, 0)': { call: (x) => ops.mean(x, 0), shapeOf: (shape) => [1, shape[1]] },
  'mean(x, 1)': { call: (x) => ops.mean(x, 1), shapeOf: (shape) => [shape[0], 1] },
};

/** Elementwise ops of two tensors of one shape (a [1, 1] side broadcasts). */
export const BINARY_OPS: Readonly<Record<string, (a: Tensor, b: Tensor) => Tensor>> = {
  add: ops.add,
  sub: ops.sub,
  mul: ops.mul,
  div: ops.div,
};

/** Every loss, (predictions, targets) → [1, 1], targets of the predictions' shape. */
export const LOSSES: Readonly<Record<string, (p: Tensor, t: Tensor) => Tensor>> = {
  mseLoss: (p, t) => mseLoss(p, t),
  'mseLoss(sum)': (p, t) => mseLoss(p, t, { reduction: 'sum' }),
  l1Loss: (p, t) => l1Loss(p, t),
  huberLoss: (p, t) => huberLoss(p, t),
  'huberLoss(δ = 0.5)': (p, t) => huberLoss(p, t, { delta: 0.5 }),
  binaryCrossEntropy: (p, t) => binaryCrossEntropy(p, t),
  binaryCrossEntropyWithLogits: (p, t) => binaryCrossEntropyWithLogits(p, t),
  hingeLoss: (p, t) => hingeLoss(p, t),
  softmaxCrossEntropy: (p, t) => softmaxCrossEntropy(p, t),
};

/** The op's name as its EngineError starts: `mseLoss(sum)` → `mseLoss`, `sum(x, 0)` → `sum`. */
export function errorName(caseName: string): string {
  return caseName.replace(/\(.*$/, '');
}
