/**
 * The gradient a dense layer sends down to its input, on row-major Float64Arrays:
 *   dx[r, j] = Σ_k dz[r, k] · w[k, j]        dz is [rows, inner], w is [inner, cols]
 * When the layer below is a ReLU, its slope is applied as each result is stored:
 *   dz_below[r, j] = dx[r, j] if a_below[r, j] > 0, else 0
 * (a = max(z, 0) is positive exactly where z is, so the saved outputs are the mask.)
 *
 * Blocked like the forward product: 4 × 2 blocks in eight accumulators, a 4 × 1
 * strip for a last odd column, then leftover rows one entry at a time. Sums run
 * in ascending k.
 */

/** dx = dz·w for the first `rows` rows, zeroed where `reluMask` is not positive when given. */
export function inputGradientInPlace(
  dz: Float64Array,
  w: Float64Array,
  dx: Float64Array,
  reluMask: Float64Array | null,
  rows: number,
  inner: number,
  cols: number,
): void {
  const blockRows = rows - (rows % 4);
  const blockCols = cols - (cols % 2);
  const m = reluMask;
  for (let r = 0; r < blockRows; r += 4) {
    const d0 = r * inner, d1 = d0 + inner, d2 = d1 + inner, d3 = d2 + inner;
    const o0 = r * cols, o1 = o0 + cols, o2 = o1 + cols, o3 = o2 + cols;
    for (let j = 0; j < blockCols; j += 2) {
      let s00 = 0, s01 = 0, s10 = 0, s11 = 0, s20 = 0, s21 = 0, s30 = 0, s31 = 0;
      for (let k = 0, wk = j; k < inner; k++, wk += cols) {
        const v0 = w[wk], v1 = w[wk + 1];
        const u0 = dz[d0 + k], u1 = dz[d1 + k], u2 = dz[d2 + k], u3 = dz[d3 + k];
        s00 += u0 * v0; s01 += u0 * v1; s10 += u1 * v0; s11 += u1 * v1;
        s20 += u2 * v0; s21 += u2 * v1; s30 += u3 * v0; s31 += u3 * v1;
      }
      if (m === null) {
        dx[o0 + j] = s00; dx[o0 + j + 1] = s01; dx[o1 + j] = s10; dx[o1 + j + 1] = s11;
        dx[o2 + j] = s20; dx[o2 + j + 1] = s21; dx[o3 + j] = s30; dx[o3 + j + 1] = s31;
      } else {
        dx[o0 + j] = m[o0 + j] > 0 ? s00 : 0; dx[o0 + j + 1] = m[o0 + j + 1] > 0 ? s01 : 0;
        dx[o1 + j] = m[o1 + j] > 0 ? s10 : 0; dx[o1 + j + 1] = m[o1 + j + 1] > 0 ? s11 : 0;
        dx[o2 + j] = m[o2 + j] > 0 ? s20 : 0; dx[o2 + j + 1] = m[o2 + j + 1] > 0 ? s21 : 0;
        dx[o3 + j] = m[o3 + j] > 0 ? s30 : 0; dx[o3 + j + 1] = m[o3 + j + 1] > 0 ? s31 : 0;
      }
    }
    if (blockCols < cols) inputStripInPlace(dz, w, dx, m, r, inner, cols);
  }
  for (let r = blockRows; r < rows; r++) {
    for (let j = 0; j < cols; j++) {
      let s = 0;
      for (let k = 0; k < inner; k++) s += dz[r * inner + k] * w[k * cols + j];
      const at = r * cols + j;
      dx[at] = m === null || m[at] > 0 ? s : 0;
    }
  }
}

/** The last (odd) column of rows r … r + 3, as a 4 × 1 strip. */
function inputStripInPlace(
  dz: Float64Array,
  w: Float64Array,
  dx: Float64Array,
  m: Float64Array | null,
  r: number,
  inner: number,
  cols: number,
): void {
  const j = cols - 1;
  const d0 = r * inner, d1 = d0 + inner, d2 = d1 + inner, d3 = d2 + inner;
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
  for (let k = 0, wk = j; k < inner; k++, wk += cols) {
    const v = w[wk];
    s0 += dz[d0 + k] * v; s1 += dz[d1 + k] * v; s2 += dz[d2 + k] * v; s3 += dz[d3 + k] * v;
  }
  const o0 = r * cols + j, o1 = o0 + cols, o2 = o1 + cols, o3 = o2 + cols;
  dx[o0] = m === null || m[o0] > 0 ? s0 : 0;
  dx[o1] = m === null || m[o1] > 0 ? s1 : 0;
  dx[o2] = m === null || m[o2] > 0 ? s2 : 0;
  dx[o3] = m === null || m[o3] > 0 ? s3 : 0;
}
