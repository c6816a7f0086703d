/**
 * The matrix products of the fast path, on row-major Float64Arrays, one per
 * shape of the dense layer's three products (X is [batch, in], W is [out, in]):
 *   forward   Z  = X · Wᵀ     multiplyTransposedInPlace  (row of X · row of W)
 *   weights   dW = dZᵀ · X    multiplyFirstTransposedInPlace  (sum over the batch)
 *   inputs    dX = dZ · W     multiplyInPlace
 * Each loop is register-blocked: a 2 × 4 block of C lives in eight local
 * accumulators while the shared index runs, so each loaded number feeds several
 * sums. Each accumulator adds its terms in ascending order, exactly like a plain
 * loop, so the result does not depend on the blocking.
 */

/**
 * C[r, c] = Σ_k P[r, k] · Q[c, k] (+ bias[c] when `bias` is given), for r < rows, c < cols.
 * P is [rows, inner], Q is [cols, inner], C is [rows, cols]; all row-major.
 */
export function multiplyTransposedInPlace(
  p: Float64Array,
  q: Float64Array,
  c: Float64Array,
  rows: number,
  cols: number,
  inner: number,
  bias: Float64Array | null,
): void {
  let r = 0;
  for (; r + 1 < rows; r += 2) {
    const p0 = r * inner;
    const p1 = p0 + inner;
    let col = 0;
    for (; col + 3 < cols; col += 4) {
      const q0 = col * inner;
      const q1 = q0 + inner;
      const q2 = q1 + inner;
      const q3 = q2 + inner;
      let s00 = 0, s01 = 0, s02 = 0, s03 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0;
      for (let k = 0; k < inner; k++) {
        const a0 = p[p0 + k];
        const a1 = p[p1 + k];
        const b0 = q[q0 + k];
        const b1 = q[q1 + k];
        const b2 = q[q2 + k];
        const b3 = q[q3 + k];
        s00 += a0 * b0; s01 += a0 * b1; s02 += a0 * b2; s03 += a0 * b3;
        s10 += a1 * b0; s11 += a1 * b1; s12 += a1 * b2; s13 += a1 * b3;
      }
      const c0 = r * cols + col;
      const c1 = c0 + cols;
      if (bias !== null) {
        s00 += bias[col]; s01 += bias[col + 1]; s02 += bias[col + 2]; s03 += bias[col + 3];
        s10 += bias[col]; s11 += bias[col + 1]; s12 += bias[col + 2]; s13 += bias[col + 3];
      }
      c[c0] = s00; c[c0 + 1] = s01; c[c0 + 2] = s02; c[c0 + 3] = s03;
      c[c1] = s10; c[c1 + 1] = s11; c[c1 + 2] = s12; c[c1 + 3] = s13;
    }
    for (; col < cols; col++) {
      const q0 = col * inner;
      let s0 = 0, s1 = 0;
      for (let k = 0; k < inner; k++) {
        const b = q[q0 + k];
        s0 += p[p0 + k] * b;
        s1 += p[p1 + k] * b;
      }
      if (bias !== null) {
        s0 += bias[col];
        s1 += bias[col];
      }
      c[r * cols + col] = s0;
      c[(r + 1) * cols + col] = s1;
    }
  }
  if (r < rows) lastRowInPlace(p, q, c, r, cols, inner, bias);
}

/** The odd last row of {@link multiplyTransposedInPlace}, four columns per pass. */
function lastRowInPlace(
  p: Float64Array,
  q: Float64Array,
  c: Float64Array,
  r: number,
  cols: number,
  inner: number,
  bias: Float64Array | null,
): void {
  const p0 = r * inner;
  let col = 0;
  for (; col + 3 < cols; col += 4) {
    const q0 = col * inner;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    for (let k = 0; k < inner; k++) {
      const a = p[p0 + k];
      s0 += a * q[q0 + k];
      s1 += a * q[q0 + inner + k];
      s2 += a * q[q0 + 2 * inner + k];
      s3 += a * q[q0 + 3 * inner + k];
    }
    if (bias !== null) {
      s0 += bias[col]; s1 += bias[col + 1]; s2 += bias[col + 2]; s3 += bias[col + 3];
    }
    const c0 = r * cols + col;
    c[c0] = s0; c[c0 + 1] = s1; c[c0 + 2] = s2; c[c0 + 3] = s3;
  }
  for (; col < cols; col++) {
    const q0 = col * inner;
    let s = 0;
    for (let k = 0; k < inner; k++) s += p[p0 + k] * q[q0 + k];
    c[r * cols + col] = bias !== null ? s + bias[col] : s;
  }
}

/** out[c] = Σ_r m[r, c] over the first `rows` rows of the row-major [rows, cols] matrix m. */
export function sumRowsInPlace(m: Float64Array, out: Float64Array, rows: number, cols: number): void {
  out.fill(0, 0, cols);
  for (let r = 0; r < rows; r++) {
    const row = r * cols;
    for (let c = 0; c < cols; c++) out[c] += m[row + c];
  }
}
