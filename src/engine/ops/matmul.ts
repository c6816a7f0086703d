/**
 * matmul(a, b) = a b, the matrix product: a is [n, k], b is [k, m], y is [n, m]
 * with y_ij = Σ_t a_it · b_tj.
 * Derivative: da = dy bᵀ ([n, m]·[m, k]) and db = aᵀ dy ([k, n]·[n, m]).
 */
import { EngineError, formatShape } from '../errors';
import { accumulate, track } from '../graph';
import { Tensor } from '../tensor';

/** Plain triple loop in i, t, j order, so the innermost loop walks rows of b and y. */
function multiply(a: Float64Array, b: Float64Array, n: number, k: number, m: number): Float64Array {
  const y = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    for (let t = 0; t < k; t++) {
      const ait = a[i * k + t];
      for (let j = 0; j < m; j++) y[i * m + j] += ait * b[t * m + j];
    }
  }
  return y;
}

/** The transpose of a [rows, cols] row-major block. */
function transpose(x: Float64Array, rows: number, cols: number): Float64Array {
  const out = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) out[j * rows + i] = x[i * cols + j];
  }
  return out;
}

/** The matrix product of a [n, k] and b [k, m]. */
export function matmul(a: Tensor, b: Tensor): Tensor {
  const [n, k] = a.shape;
  const [bRows, m] = b.shape;
  if (k !== bRows) {
    throw new EngineError(
      'matmul',
      `a is ${formatShape(a.shape)} and b is ${formatShape(b.shape)}; columns of a (${k}) must equal rows of b (${bRows})`,
    );
  }
  const y = new Tensor([n, m], multiply(a.data, b.data, n, k, m));
  return track(y, 'matmul', [a, b], (dy) => {
    accumulate(a, new Tensor([n, k], multiply(dy.data, transpose(b.data, k, m), n, m, k)));
    accumulate(b, new Tensor([k, m], multiply(transpose(a.data, n, k), dy.data, k, n, m)));
  });
}
