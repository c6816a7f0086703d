import { describe, expect, test } from 'vitest';
import { createRng } from '../../../src/engine/index';
import {
  multiplyFirstTransposedInPlace,
  multiplyInPlace,
  multiplyTransposedInPlace,
} from '../../../src/engine/compiled/matmul-kernels';
import { addBiasInPlace, sumRowsInPlace } from '../../../src/engine/compiled/bias-kernels';

const rng = createRng(12);
const random = (n: number) => Float64Array.from({ length: n }, () => rng.normal());

/** C[i, j] = Σ_k A(i, k) · B(k, j), summed in ascending k like the kernels. */
function naive(rows: number, cols: number, inner: number, a: (i: number, k: number) => number, b: (k: number, j: number) => number) {
  const c = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      let s = 0;
      for (let k = 0; k < inner; k++) s += a(i, k) * b(k, j);
      c[i * cols + j] = s;
    }
  }
  return c;
}

const SHAPES: [number, number, number][] = [];
for (const rows of [1, 3, 4, 5, 9]) for (const cols of [1, 2, 3, 5]) for (const inner of [1, 6]) SHAPES.push([rows, cols, inner]);

describe('matmul kernels', () => {
  test.each(SHAPES)('multiplyTransposedInPlace on [%i, k] · [%i, k]ᵀ, k = %i, equals the plain sum exactly', (rows, cols, inner) => {
    const p = random(rows * inner);
    const q = random(cols * inner);
    const c = new Float64Array(rows * cols).fill(NaN);
    multiplyTransposedInPlace(p, q, c, rows, cols, inner);
    expect(Array.from(c)).toEqual(Array.from(naive(rows, cols, inner, (i, k) => p[i * inner + k], (k, j) => q[j * inner + k])));
  });

  test.each(SHAPES)('multiplyFirstTransposedInPlace on k = %i rows, [%i] and [%i] columns, equals the plain sum exactly', (rows, pCols, qCols) => {
    const p = random(rows * pCols);
    const q = random(rows * qCols);
    const c = new Float64Array(pCols * qCols).fill(NaN);
    multiplyFirstTransposedInPlace(p, q, c, rows, pCols, qCols);
    expect(Array.from(c)).toEqual(Array.from(naive(pCols, qCols, rows, (i, k) => p[k * pCols + i], (k, j) => q[k * qCols + j])));
  });

  test.each(SHAPES)('multiplyInPlace on [%i, %i] · [%i, …] equals the plain sum exactly', (rows, inner, qCols) => {
    const p = random(rows * inner);
    const q = random(inner * qCols);
    const c = new Float64Array(rows * qCols).fill(NaN);
    multiplyInPlace(p, q, c, rows, inner, qCols);
    expect(Array.from(c)).toEqual(Array.from(naive(rows, qCols, inner, (i, k) => p[i * inner + k], (k, j) => q[k * qCols + j])));
  });

  test('addBiasInPlace adds b to each row and sumRowsInPlace sums the columns', () => {
    const z = Float64Array.from([1, 2, 3, 4, 5, 6]);
    addBiasInPlace(z, Float64Array.from([10, 20, 30]), 2, 3);
    expect(Array.from(z)).toEqual([11, 22, 33, 14, 25, 36]);
    const db = Float64Array.from([7, 7, 7]);
    sumRowsInPlace(z, db, 2, 3);
    expect(Array.from(db)).toEqual([25, 47, 69]);
  });
});
