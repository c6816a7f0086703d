import { describe, expect, test } from 'vitest';
import { createRng } from '../../../src/engine/index';
import { sumRowsInPlace } from '../../../src/engine/compiled/bias-kernels';
import { denseForwardInPlace } from '../../../src/engine/compiled/forward-kernel';
import { inputGradientInPlace } from '../../../src/engine/compiled/input-gradient-kernel';
import { weightGradientInPlace } from '../../../src/engine/compiled/weight-gradient-kernel';

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

const relu = (v: number) => (v > 0 ? v : 0);

// Every path through the blocks: rows below, at and past multiples of four; odd and even
// column counts (the 4 × 1 strips); a single inner term and several.
const SHAPES: [number, number, number][] = [];
for (const rows of [1, 3, 4, 5, 9]) for (const cols of [1, 2, 3, 5]) for (const inner of [1, 6]) SHAPES.push([rows, cols, inner]);

describe('denseForwardInPlace', () => {
  test.each(SHAPES)('on [%i, k] · [%i, k]ᵀ, k = %i, equals the plain sum plus bias exactly', (rows, cols, inner) => {
    const x = random(rows * inner);
    const w = random(cols * inner);
    const b = random(cols);
    const z = new Float64Array(rows * cols).fill(NaN);
    denseForwardInPlace(x, w, b, z, null, rows, cols, inner);
    const product = naive(rows, cols, inner, (i, k) => x[i * inner + k], (k, j) => w[j * inner + k]);
    expect(Array.from(z)).toEqual(Array.from(product, (s, at) => s + b[at % cols]));
  });

  test.each(SHAPES)('without bias on [%i] × [%i], k = %i, stores the plain sum and its ReLU', (rows, cols, inner) => {
    const x = random(rows * inner);
    const w = random(cols * inner);
    const z = new Float64Array(rows * cols).fill(NaN);
    const a = new Float64Array(rows * cols).fill(NaN);
    denseForwardInPlace(x, w, null, z, a, rows, cols, inner);
    const product = naive(rows, cols, inner, (i, k) => x[i * inner + k], (k, j) => w[j * inner + k]);
    expect(Array.from(z)).toEqual(Array.from(product));
    expect(Array.from(a)).toEqual(Array.from(product, relu));
  });
});

describe('inputGradientInPlace', () => {
  test.each(SHAPES)('on [%i, %i] · [k, %i] equals the plain sum exactly', (rows, inner, cols) => {
    const dz = random(rows * inner);
    const w = random(inner * cols);
    const dx = new Float64Array(rows * cols).fill(NaN);
    inputGradientInPlace(dz, w, dx, null, rows, inner, cols);
    expect(Array.from(dx)).toEqual(Array.from(naive(rows, cols, inner, (i, k) => dz[i * inner + k], (k, j) => w[k * cols + j])));
  });

  test.each(SHAPES)('with a ReLU mask on [%i, %i] · [k, %i] keeps the sum only where the mask is positive', (rows, inner, cols) => {
    const dz = random(rows * inner);
    const w = random(inner * cols);
    const mask = random(rows * cols).map(relu);
    const dx = new Float64Array(rows * cols).fill(NaN);
    inputGradientInPlace(dz, w, dx, mask, rows, inner, cols);
    const product = naive(rows, cols, inner, (i, k) => dz[i * inner + k], (k, j) => w[k * cols + j]);
    expect(Array.from(dx)).toEqual(Array.from(product, (s, at) => (mask[at] > 0 ? s : 0)));
  });
});

describe('weightGradientInPlace and sumRowsInPlace', () => {
  test.each(SHAPES)('dzᵀ · x over %i rows, %i units and %i inputs equals the plain sum exactly', (rows, units, inputs) => {
    const dz = random(rows * units);
    const x = random(rows * inputs);
    const dw = new Float64Array(units * inputs).fill(NaN);
    weightGradientInPlace(dz, x, dw, rows, units, inputs);
    expect(Array.from(dw)).toEqual(Array.from(naive(units, inputs, rows, (i, k) => dz[k * units + i], (k, j) => x[k * inputs + j])));
  });

  test('sumRowsInPlace sums the columns, overwriting what was there', () => {
    const dz = Float64Array.from([11, 22, 33, 14, 25, 36]);
    const db = Float64Array.from([7, 7, 7]);
    sumRowsInPlace(dz, db, 2, 3);
    expect(Array.from(db)).toEqual([25, 47, 69]);
  });
});
