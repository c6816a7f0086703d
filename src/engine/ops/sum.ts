/**
 * sum(x) adds every element into a [1, 1] tensor; sum(x, 0) adds down the
 * columns into [1, cols]; sum(x, 1) adds along the rows into [rows, 1].
 * Derivative: every element contributed with slope 1, so each receives the
 * gradient of the total it fed into.
 */
import { EngineError } from '../errors';
import { describeValue } from '../text/describe-value';
import { accumulate, track } from '../graph';
import { Tensor } from '../tensor';

/** Which totals to form: everything, per column (0) or per row (1). */
export type Axis = 0 | 1 | undefined;

/** Throws unless axis is 0, 1 or undefined; `op` names the caller. */
export function assertAxis(op: string, axis: unknown): asserts axis is Axis {
  if (axis !== undefined && axis !== 0 && axis !== 1) {
    throw new EngineError(op, `axis must be 0 (down columns), 1 (along rows) or omitted, got ${describeValue(axis)}`);
  }
}

/** Index of the total that element (i, j) feeds, for the output of a reduction. */
function reducedIndex(axis: Axis, i: number, j: number): number {
  if (axis === 0) return j;
  if (axis === 1) return i;
  return 0;
}

/** Shape after reducing [rows, cols] along `axis`. */
function reducedShape(axis: Axis, rows: number, cols: number): [number, number] {
  if (axis === 0) return [1, cols];
  if (axis === 1) return [rows, 1];
  return [1, 1];
}

/** The untracked totals of x along `axis`; `sum` and `mean` both start from them. */
export function totals(x: Tensor, axis: Axis): Tensor {
  const [rows, cols] = x.shape;
  const y = Tensor.zeros(reducedShape(axis, rows, cols));
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) y.data[reducedIndex(axis, i, j)] += x.data[i * cols + j];
  }
  return y;
}

/** dy of the totals, sent back to x's shape: each element gets the gradient of the total it fed. */
export function spreadToInputs(dy: Tensor, x: Tensor, axis: Axis): Tensor {
  const cols = x.cols;
  return x.map((_, index) => dy.data[reducedIndex(axis, Math.floor(index / cols), index % cols)]);
}

/** Totals of x: all (default), per column (axis 0) or per row (axis 1). */
export function sum(x: Tensor, axis?: 0 | 1): Tensor {
  assertAxis('sum', axis);
  const y = totals(x, axis);
  return track(y, 'sum', [x], (dy) => {
    accumulate(x, spreadToInputs(dy, x, axis));
  });
}
