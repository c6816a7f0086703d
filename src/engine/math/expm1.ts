/**
 * eˣ − 1 without the cancellation of exp(x) − 1 near 0, ported from fdlibm's
 * s_expm1.c (Sun Microsystems, 1993; as in V8's ieee754.cc and FreeBSD msun).
 *
 * 1. Reduce: x = k·ln2 + r, |r| ≤ ½ln2, with c the rounding error of r.
 * 2. On [0, 0.34658]: r(eʳ + 1)/(eʳ − 1) = 2 + r²/6 · R1(r²), R1 a degree-5
 *    minimax polynomial (error below 2⁻⁶¹, coefficients scaled by 2ⁱ), and
 *    expm1(r) = r + r²/2 + r³/2 · (3 − (R1 + R1·r/2)) / (6 − r(3 − R1·r/2)).
 * 3. Scale: expm1(x) = 2ᵏ(expm1(r) + 1) − 1, arranged per range of k so the
 *    subtraction of 1 (or of 2⁻ᵏ) loses nothing.
 * Error below 1 ulp. Overflows above 709.78…; returns −1 below −56·ln2.
 */
import { fromWords, powerOfTwo } from './float-bits';

const O_THRESHOLD = 7.09782712893383973096e2;
const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.4426950408889633870;
const Q1 = -3.33333333333331316428e-2;
const Q2 = 1.58730158725481460165e-3;
const Q3 = -7.93650757867487942473e-5;
const Q4 = 4.00821782732936239552e-6;
const Q5 = -2.01099218183624371326e-7;
const TWO_1023 = 8.988465674311579539e307;
/** Range bounds as floats, as in `exp`: high words 0x4043687A (56·ln2), 0x3FD62E43 (½ln2), 0x3C900000 (2⁻⁵⁴). */
const FIFTY_SIX_LN2 = fromWords(0x4043687a, 0);
const HALF_LN2 = fromWords(0x3fd62e43, 0);
const TINY = fromWords(0x3c900000, 0);

/** eˣ − 1 within 1 ulp, the same bits in every JavaScript engine (fdlibm's algorithm). */
export function expm1(x: number): number {
  const size = x < 0 ? -x : x;
  if (!(size < FIFTY_SIX_LN2)) {
    // |x| ≥ 56·ln2: NaN, infinities, overflow, and −1 for large negative x.
    if (x !== x) return x;
    if (x > O_THRESHOLD) return Infinity;
    if (x < 0) return -1;
  }
  if (size < TINY) return x;
  // fdlibm's three reductions (none below ½ln2, ±ln2 below 1.5·ln2, k·ln2 above) are one
  // formula: k·LN2_HI is exact, and k = 0 leaves x as it is with c = 0. Writing them as one
  // keeps the bits and saves branches that the processor would often guess wrong.
  const k = size < HALF_LN2 ? 0 : (INV_LN2 * x + (x < 0 ? -0.5 : 0.5)) | 0;
  const hi = x - k * LN2_HI;
  const lo = k * LN2_LO;
  x = hi - lo;
  const c = hi - x - lo;
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
  const t = 3 - r1 * hfx;
  let e = hxs * ((r1 - t) / (6 - x * t));
  if (k === 0) return x - (x * e - hxs);
  e = x * (e - c) - c - hxs;
  return scaleBack(x, e, k);
}

/** 2ᵏ(1 + x − e) − 1 for k ≠ 0, in the form that keeps every bit for that k. */
function scaleBack(x: number, e: number, k: number): number {
  if (k === -1) return 0.5 * (x - e) - 0.5;
  if (k === 1) return x < -0.25 ? -2 * (e - (x + 0.5)) : 1 + 2 * (x - e);
  if (k <= -2 || k > 56) {
    const y = 1 - (e - x);
    return (k === 1024 ? y * 2 * TWO_1023 : y * powerOfTwo(k)) - 1;
  }
  if (k < 20) {
    // 1 − 2⁻ᵏ is exact, so subtract it before scaling.
    return (1 - powerOfTwo(-k) - (e - x)) * powerOfTwo(k);
  }
  const y = x - (e + powerOfTwo(-k)) + 1;
  return y * powerOfTwo(k);
}
