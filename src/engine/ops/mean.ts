/**
 * mean(x) averages every element into [1, 1]; mean(x, 0) averages each
 * column into [1, cols]; mean(x, 1) averages each row into [rows, 1].
 * Derivative: each element has slope 1/count in the average it belongs to,
 * where count is the number of elements averaged together.
 */
import { accumulate, track } from '../graph';
import type { Tensor } from '../tensor';
import { assertAxis, spreadToInputs, totals } from './sum';

/** Averages of x: all (default), per column (axis 0) or per row (axis 1). */
export function mean(x: Tensor, axis?: 0 | 1): Tensor {
  assertAxis('mean', axis);
  const [rows, cols] = x.shape;
  const count = axis === 0 ? rows : axis === 1 ? cols : rows * cols;
  const y = totals(x, axis);
  for (let i = 0; i < y.data.length; i++) y.data[i] /= count;
  return track(y, 'mean', [x], (dy) => {
    accumulate(x, spreadToInputs(dy, x, axis).map((g) => g / count));
  });
}
