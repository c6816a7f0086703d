/**
 * The two backward products of a dense layer, without transposing anything:
 *   dW = dZᵀ · X   C[o, i] = Σ_n P[n, o] · Q[n, i]   (multiplyFirstTransposedInPlace)
 *   dX = dZ · W    C[n, i] = Σ_o P[n, o] · Q[o, i]   (multiplyInPlace)
 * Both keep a 2 × 4 block of C in locals while the shared index walks down the
 * rows of P and Q; see `matmul-kernels.ts` for why the blocking leaves the sums unchanged.
 */

/**
 * C[a, b] = Σ_k P[k, a] · Q[k, b] for a < cols of P, b < cols of Q, k < rows.
 * P is [rows, pCols], Q is [rows, qCols], C is [pCols, qCols]; all row-major.
 */
export function multiplyFirstTransposedInPlace(
  p: Float64Array,
  q: Float64Array,
  c: Float64Array,
  rows: number,
  pCols: number,
  qCols: number,
): void {
  for (let a = 0; a < pCols; a += 2) {
    const hasSecond = a + 1 < pCols;
    const a1 = hasSecond ? a + 1 : a;
    let b = 0;
    for (; b + 3 < qCols; b += 4) {
      let s00 = 0, s01 = 0, s02 = 0, s03 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0;
      for (let k = 0; k < rows; k++) {
        const x0 = p[k * pCols + a];
        const x1 = p[k * pCols + a1];
        const q0 = k * qCols + b;
        const y0 = q[q0];
        const y1 = q[q0 + 1];
        const y2 = q[q0 + 2];
        const y3 = q[q0 + 3];
        s00 += x0 * y0; s01 += x0 * y1; s02 += x0 * y2; s03 += x0 * y3;
        s10 += x1 * y0; s11 += x1 * y1; s12 += x1 * y2; s13 += x1 * y3;
      }
      const c0 = a * qCols + b;
      c[c0] = s00; c[c0 + 1] = s01; c[c0 + 2] = s02; c[c0 + 3] = s03;
      if (hasSecond) {
        const c1 = c0 + qCols;
        c[c1] = s10; c[c1 + 1] = s11; c[c1 + 2] = s12; c[c1 + 3] = s13;
      }
    }
    for (; b < qCols; b++) {
      let s0 = 0, s1 = 0;
      for (let k = 0; k < rows; k++) {
        const y = q[k * qCols + b];
        s0 += p[k * pCols + a] * y;
        s1 += p[k * pCols + a1] * y;
      }
      c[a * qCols + b] = s0;
      if (hasSecond) c[(a + 1) * qCols + b] = s1;
    }
  }
}

/**
 * C[r, b] = Σ_k P[r, k] · Q[k, b] for r < rows, b < qCols, k < inner.
 * P is [rows, inner], Q is [inner, qCols], C is [rows, qCols]; all row-major.
 */
export function multiplyInPlace(
  p: Float64Array,
  q: Float64Array,
  c: Float64Array,
  rows: number,
  inner: number,
  qCols: number,
): void {
  for (let r = 0; r < rows; r += 2) {
    const hasSecond = r + 1 < rows;
    const p0 = r * inner;
    const p1 = hasSecond ? p0 + inner : p0;
    let b = 0;
    for (; b + 3 < qCols; b += 4) {
      let s00 = 0, s01 = 0, s02 = 0, s03 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0;
      for (let k = 0; k < inner; k++) {
        const x0 = p[p0 + k];
        const x1 = p[p1 + k];
        const q0 = k * qCols + b;
        const y0 = q[q0];
        const y1 = q[q0 + 1];
        const y2 = q[q0 + 2];
        const y3 = q[q0 + 3];
        s00 += x0 * y0; s01 += x0 * y1; s02 += x0 * y2; s03 += x0 * y3;
        s10 += x1 * y0; s11 += x1 * y1; s12 += x1 * y2; s13 += x1 * y3;
      }
      const c0 = r * qCols + b;
      c[c0] = s00; c[c0 + 1] = s01; c[c0 + 2] = s02; c[c0 + 3] = s03;
      if (hasSecond) {
        const c1 = c0 + qCols;
        c[c1] = s10; c[c1 + 1] = s11; c[c1 + 2] = s12; c[c1 + 3] = s13;
      }
    }
    for (; b < qCols; b++) {
      let s0 = 0, s1 = 0;
      for (let k = 0; k < inner; k++) {
        const y = q[k * qCols + b];
        s0 += p[p0 + k] * y;
        s1 += p[p1 + k] * y;
      }
      c[r * qCols + b] = s0;
      if (hasSecond) c[(r + 1) * qCols + b] = s1;
    }
  }
}
