/**
 * A dense layer's weight gradient on row-major Float64Arrays:
 *   dw[a, b] = Σ_k dz[k, a] · x[k, b]        dz is [rows, units], x is [rows, inputs]
 * Each sum walks down the rows of dz and x together (k is the example).
 *
 * Register-blocked: 4 units × 2 inputs in eight accumulators; a last odd input as a
 * 4 × 1 strip; units past the last multiple of four as 1 × 2 strips and a single
 * sum. Every strip still runs over all rows, the long loop, so none is slow.
 * Sums run in ascending k.
 */

/** dw = dzᵀ·x over the first `rows` rows. */
export function weightGradientInPlace(
  dz: Float64Array,
  x: Float64Array,
  dw: Float64Array,
  rows: number,
  units: number,
  inputs: number,
): void {
  const blockUnits = units - (units % 4);
  const blockInputs = inputs - (inputs % 2);
  for (let a = 0; a < blockUnits; a += 4) {
    for (let b = 0; b < blockInputs; b += 2) {
      let s00 = 0, s01 = 0, s10 = 0, s11 = 0, s20 = 0, s21 = 0, s30 = 0, s31 = 0;
      for (let k = 0, dk = a, xk = b; k < rows; k++, dk += units, xk += inputs) {
        const v0 = x[xk], v1 = x[xk + 1];
        const u0 = dz[dk], u1 = dz[dk + 1], u2 = dz[dk + 2], u3 = dz[dk + 3];
        s00 += u0 * v0; s01 += u0 * v1; s10 += u1 * v0; s11 += u1 * v1;
        s20 += u2 * v0; s21 += u2 * v1; s30 += u3 * v0; s31 += u3 * v1;
      }
      const o0 = a * inputs + b, o1 = o0 + inputs, o2 = o1 + inputs, o3 = o2 + inputs;
      dw[o0] = s00; dw[o0 + 1] = s01; dw[o1] = s10; dw[o1 + 1] = s11;
      dw[o2] = s20; dw[o2 + 1] = s21; dw[o3] = s30; dw[o3 + 1] = s31;
    }
    if (blockInputs < inputs) {
      const b = inputs - 1;
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      for (let k = 0, dk = a, xk = b; k < rows; k++, dk += units, xk += inputs) {
        const v = x[xk];
        s0 += dz[dk] * v; s1 += dz[dk + 1] * v; s2 += dz[dk + 2] * v; s3 += dz[dk + 3] * v;
      }
      dw[a * inputs + b] = s0; dw[(a + 1) * inputs + b] = s1;
      dw[(a + 2) * inputs + b] = s2; dw[(a + 3) * inputs + b] = s3;
    }
  }
  for (let a = blockUnits; a < units; a++) leftoverUnitInPlace(dz, x, dw, a, rows, units, inputs);
}

/** Row `a` of dw (a unit past the last block of four): 1 × 2 strips, then a last odd input. */
function leftoverUnitInPlace(
  dz: Float64Array,
  x: Float64Array,
  dw: Float64Array,
  a: number,
  rows: number,
  units: number,
  inputs: number,
): void {
  const blockInputs = inputs - (inputs % 2);
  for (let b = 0; b < blockInputs; b += 2) {
    let s0 = 0, s1 = 0;
    for (let k = 0, dk = a, xk = b; k < rows; k++, dk += units, xk += inputs) {
      const u = dz[dk];
      s0 += u * x[xk]; s1 += u * x[xk + 1];
    }
    dw[a * inputs + b] = s0;
    dw[a * inputs + b + 1] = s1;
  }
  if (blockInputs < inputs) {
    const b = inputs - 1;
    let s = 0;
    for (let k = 0, dk = a, xk = b; k < rows; k++, dk += units, xk += inputs) s += dz[dk] * x[xk];
    dw[a * inputs + b] = s;
  }
}
