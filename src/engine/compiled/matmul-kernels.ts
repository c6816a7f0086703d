/**
 * The matrix products of the fast path, on row-major Float64Arrays, one per
 * product of a dense layer (X is [batch, in], W is [out, in]):
 *   forward   Z  = X · Wᵀ     multiplyTransposedInPlace       C[r, c] = Σ_k P[r, k] Q[c, k]
 *   weights   dW = dZᵀ · X    multiplyFirstTransposedInPlace  C[a, b] = Σ_k P[k, a] Q[k, b]
 *   inputs    dX = dZ · W     multiplyInPlace                 C[r, b] = Σ_k P[r, k] Q[k, b]
 * Each is register-blocked: a 4 × 2 block of C lives in eight local accumulators
 * while k runs, so each loaded number feeds two or four sums. (Measured in V8,
 * 4 × 2 beats 2 × 4, and any branch next to the block costs a third of the speed,
 * so the bias is added in its own pass.) Entries outside whole blocks get a plain
 * loop. Every accumulator adds its terms in ascending k, so the numbers do not
 * depend on the blocking.
 */

/** C = P · Qᵀ: P is [rows, inner], Q is [cols, inner], C is [rows, cols]. */
export function multiplyTransposedInPlace(
  p: Float64Array,
  q: Float64Array,
  c: Float64Array,
  rows: number,
  cols: number,
  inner: number,
): void {
  const blockRows = rows - (rows % 4);
  const blockCols = cols - (cols % 2);
  for (let r = 0; r < blockRows; r += 4) {
    const p0 = r * inner, p1 = p0 + inner, p2 = p1 + inner, p3 = p2 + inner;
    for (let col = 0; col < blockCols; col += 2) {
      const q0 = col * inner, q1 = q0 + inner;
      let s00 = 0, s01 = 0, s10 = 0, s11 = 0, s20 = 0, s21 = 0, s30 = 0, s31 = 0;
      for (let k = 0; k < inner; k++) {
        const b0 = q[q0 + k], b1 = q[q1 + k];
        const a0 = p[p0 + k], a1 = p[p1 + k], a2 = p[p2 + k], a3 = p[p3 + k];
        s00 += a0 * b0; s01 += a0 * b1; s10 += a1 * b0; s11 += a1 * b1;
        s20 += a2 * b0; s21 += a2 * b1; s30 += a3 * b0; s31 += a3 * b1;
      }
      const c0 = r * cols + col, c1 = c0 + cols, c2 = c1 + cols, c3 = c2 + cols;
      c[c0] = s00; c[c0 + 1] = s01; c[c1] = s10; c[c1 + 1] = s11;
      c[c2] = s20; c[c2 + 1] = s21; c[c3] = s30; c[c3 + 1] = s31;
    }
  }
  transposedEdgesInPlace(p, q, c, rows, cols, inner, blockRows, blockCols);
}

/** The entries of {@link multiplyTransposedInPlace} outside whole blocks, one plain sum each. */
function transposedEdgesInPlace(
  p: Float64Array,
  q: Float64Array,
  c: Float64Array,
  rows: number,
  cols: number,
  inner: number,
  blockRows: number,
  blockCols: number,
): void {
  for (let r = 0; r < rows; r++) {
    for (let col = r < blockRows ? blockCols : 0; col < cols; col++) {
      let s = 0;
      for (let k = 0; k < inner; k++) s += p[r * inner + k] * q[col * inner + k];
      c[r * cols + col] = s;
    }
  }
}

/** C = Pᵀ · Q: P is [rows, pCols], Q is [rows, qCols], C is [pCols, qCols]. */
export function multiplyFirstTransposedInPlace(
  p: Float64Array,
  q: Float64Array,
  c: Float64Array,
  rows: number,
  pCols: number,
  qCols: number,
): void {
  const blockA = pCols - (pCols % 4);
  const blockB = qCols - (qCols % 2);
  for (let a = 0; a < blockA; a += 4) {
    for (let b = 0; b < blockB; b += 2) {
      let s00 = 0, s01 = 0, s10 = 0, s11 = 0, s20 = 0, s21 = 0, s30 = 0, s31 = 0;
      // pk and qk walk down the rows of P and Q together.
      for (let k = 0, pk = a, qk = b; k < rows; k++, pk += pCols, qk += qCols) {
        const b0 = q[qk], b1 = q[qk + 1];
        const a0 = p[pk], a1 = p[pk + 1], a2 = p[pk + 2], a3 = p[pk + 3];
        s00 += a0 * b0; s01 += a0 * b1; s10 += a1 * b0; s11 += a1 * b1;
        s20 += a2 * b0; s21 += a2 * b1; s30 += a3 * b0; s31 += a3 * b1;
      }
      const c0 = a * qCols + b, c1 = c0 + qCols, c2 = c1 + qCols, c3 = c2 + qCols;
      c[c0] = s00; c[c0 + 1] = s01; c[c1] = s10; c[c1 + 1] = s11;
      c[c2] = s20; c[c2 + 1] = s21; c[c3] = s30; c[c3 + 1] = s31;
    }
  }
  firstTransposedEdgesInPlace(p, q, c, rows, pCols, qCols, blockA, blockB);
}

/** The entries of {@link multiplyFirstTransposedInPlace} outside whole blocks. */
function firstTransposedEdgesInPlace(
  p: Float64Array,
  q: Float64Array,
  c: Float64Array,
  rows: number,
  pCols: number,
  qCols: number,
  blockA: number,
  blockB: number,
): void {
  for (let a = 0; a < pCols; a++) {
    for (let b = a < blockA ? blockB : 0; b < qCols; b++) {
      let s = 0;
      for (let k = 0; k < rows; k++) s += p[k * pCols + a] * q[k * qCols + b];
      c[a * qCols + b] = s;
    }
  }
}

/** C = P · Q: P is [rows, inner], Q is [inner, qCols], C is [rows, qCols]. */
export function multiplyInPlace(
  p: Float64Array,
  q: Float64Array,
  c: Float64Array,
  rows: number,
  inner: number,
  qCols: number,
): void {
  const blockRows = rows - (rows % 4);
  const blockB = qCols - (qCols % 2);
  for (let r = 0; r < blockRows; r += 4) {
    const p0 = r * inner, p1 = p0 + inner, p2 = p1 + inner, p3 = p2 + inner;
    for (let b = 0; b < blockB; b += 2) {
      let s00 = 0, s01 = 0, s10 = 0, s11 = 0, s20 = 0, s21 = 0, s30 = 0, s31 = 0;
      for (let k = 0, qk = b; k < inner; k++, qk += qCols) {
        const b0 = q[qk], b1 = q[qk + 1];
        const a0 = p[p0 + k], a1 = p[p1 + k], a2 = p[p2 + k], a3 = p[p3 + k];
        s00 += a0 * b0; s01 += a0 * b1; s10 += a1 * b0; s11 += a1 * b1;
        s20 += a2 * b0; s21 += a2 * b1; s30 += a3 * b0; s31 += a3 * b1;
      }
      const c0 = r * qCols + b, c1 = c0 + qCols, c2 = c1 + qCols, c3 = c2 + qCols;
      c[c0] = s00; c[c0 + 1] = s01; c[c1] = s10; c[c1 + 1] = s11;
      c[c2] = s20; c[c2 + 1] = s21; c[c3] = s30; c[c3 + 1] = s31;
    }
  }
  edgesInPlace(p, q, c, rows, inner, qCols, blockRows, blockB);
}

/** The entries of {@link multiplyInPlace} outside whole blocks. */
function edgesInPlace(
  p: Float64Array,
  q: Float64Array,
  c: Float64Array,
  rows: number,
  inner: number,
  qCols: number,
  blockRows: number,
  blockB: number,
): void {
  for (let r = 0; r < rows; r++) {
    for (let b = r < blockRows ? blockB : 0; b < qCols; b++) {
      let s = 0;
      for (let k = 0; k < inner; k++) s += p[r * inner + k] * q[k * qCols + b];
      c[r * qCols + b] = s;
    }
  }
}
