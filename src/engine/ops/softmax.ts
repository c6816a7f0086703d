/**
 * softmax(x), row by row: y_ij = e^(x_ij) / Σ_k e^(x_ik). Each row of y is a
 * probability distribution (positive, summing to 1).
 * Derivative (per row): dx_j = y_j (dy_j − Σ_k dy_k y_k), the Jacobian
 * diag(y) − y yᵀ applied to dy without building it.
 */
import { accumulate, track } from '../graph';
import { Tensor } from '../tensor';
import { exp } from '../math/index';

/** Row-wise softmax of x [n, k]. */
export function softmax(x: Tensor): Tensor {
  const [n, k] = x.shape;
  const y = Tensor.zeros([n, k]);
  for (let i = 0; i < n; i++) {
    const row = i * k;
    // Shift by the row max: exp() overflows float64 above about 709, and the
    // shift cancels between numerator and denominator.
    let max = -Infinity;
    for (let j = 0; j < k; j++) max = Math.max(max, x.data[row + j]);
    let total = 0;
    for (let j = 0; j < k; j++) {
      y.data[row + j] = exp(x.data[row + j] - max);
      total += y.data[row + j];
    }
    for (let j = 0; j < k; j++) y.data[row + j] /= total;
  }
  return track(y, 'softmax', [x], (dy) => {
    const dx = Tensor.zeros([n, k]);
    for (let i = 0; i < n; i++) {
      const row = i * k;
      let dot = 0;
      for (let j = 0; j < k; j++) dot += dy.data[row + j] * y.data[row + j];
      for (let j = 0; j < k; j++) dx.data[row + j] = y.data[row + j] * (dy.data[row + j] - dot);
    }
    accumulate(x, dx);
  });
}
