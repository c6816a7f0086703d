/**
 * The bias of a dense layer, forward and backward, on row-major [rows, cols] buffers:
 *   forward   z[r, c] += b[c]        (after the product, so z = x·w + b in that order)
 *   backward  db[c] = Σ_r dz[r, c]   (b reached every row, so every row sends its gradient)
 */

/** z[r, c] += b[c] for the first `rows` rows. */
export function addBiasInPlace(z: Float64Array, b: Float64Array, rows: number, cols: number): void {
  for (let r = 0; r < rows; r++) {
    const row = r * cols;
    for (let c = 0; c < cols; c++) z[row + c] += b[c];
  }
}

/** db[c] = Σ_r dz[r, c] over the first `rows` rows. */
export function sumRowsInPlace(dz: Float64Array, db: Float64Array, rows: number, cols: number): void {
  db.fill(0, 0, cols);
  for (let r = 0; r < rows; r++) {
    const row = r * cols;
    for (let c = 0; c < cols; c++) db[c] += dz[row + c];
  }
}
