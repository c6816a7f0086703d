/**
 * mean(x) averages every element into [1, 1]; mean(x, 0) averages each
 * column into [1, cols]; mean(x, 1) averages each row into [rows, 1].
 * Derivative: each element has slope 1/count in the average it belongs to,
 * where count is the number of elements averaged together.
 */
import { accumulate, track } from '../graph';
import { Tensor } from '../tensor';
import { assertAxis, reducedIndex, reducedShape } from './sum';

/** Averages of x: all (default), per column (axis 0) or per row (axis 1). */
export function mean(x: Tensor, axis?: 0 | 1): Tensor {
  assertAxis('mean', axis);
  const [rows, cols] = x.shape;
  const count = axis === 0 ? rows : axis === 1 ? cols : rows * cols;
  const y = Tensor.zeros(reducedShape(axis, rows, cols));
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) y.data[reducedIndex(axis, i, j)] += x.data[i * cols + j];
  }
  for (let i = 0; i < y.data.length; i++) y.data[i] /= count;
  return track(y, 'mean', [x], (dy) => {
    accumulate(
      x,
      x.map((_, index) => dy.data[reducedIndex(axis, Math.floor(index / cols), index % cols)] / count),
    );
  });
}
