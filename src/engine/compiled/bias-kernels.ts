/**
 * The bias gradient of a dense layer, on a row-major [rows, cols] buffer:
 *   db[c] = Σ_r dz[r, c]   (b reached every row, so every row sends its gradient)
 * The forward side, z = x·w + b, is added inside the forward kernel.
 */

/** db[c] = Σ_r dz[r, c] over the first `rows` rows. */
export function sumRowsInPlace(dz: Float64Array, db: Float64Array, rows: number, cols: number): void {
  db.fill(0, 0, cols);
  for (let r = 0; r < rows; r++) {
    const row = r * cols;
    for (let c = 0; c < cols; c++) db[c] += dz[row + c];
  }
}
