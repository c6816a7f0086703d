/**
 * Natural logarithm, ported from fdlibm's e_log.c (Sun Microsystems, 1993; as
 * in V8's ieee754.cc and FreeBSD msun).
 *
 * 1. Reduce: x = 2ᵏ(1 + f) with √2/2 < 1 + f < √2, read from the exponent bits
 *    (subnormals are first scaled by 2⁵⁴).
 * 2. With s = f/(2 + f), ln(1 + f) = 2s + 2s³/3 + … = 2s + s·R(s²), R a degree-14
 *    minimax polynomial in s (error below 2⁻⁵⁸·⁴⁵), evaluated as
 *    f − (f²/2 − s(f²/2 + R)) so the large terms cancel exactly.
 * 3. ln x = k·ln2_hi + (ln(1 + f) + k·ln2_lo), where k·ln2_hi is exact.
 * Error below 1 ulp. Domain x ≥ 0: ln 0 = −∞, negative x gives NaN.
 */
import { highWord, lowWord, powerOfTwo } from './float-bits';

const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;
const TWO_54 = 1.8014398509481984e16;
const LG1 = 6.666666666666735130e-1;
const LG2 = 3.999999999940941908e-1;
const LG3 = 2.857142874366239149e-1;
const LG4 = 2.222219843214978396e-1;
const LG5 = 1.818357216161805012e-1;
const LG6 = 1.531383769920937332e-1;
const LG7 = 1.479819860511658591e-1;

/** ln x within 1 ulp, the same bits in every JavaScript engine (fdlibm's algorithm). */
export function log(x: number): number {
  let hx = highWord(x);
  let k = 0;
  if (hx < 0x00100000) {
    // Zero, negative or subnormal.
    if (((hx & 0x7fffffff) | lowWord(x)) === 0) return -Infinity;
    if (hx < 0) return NaN;
    k -= 54;
    x *= TWO_54;
    hx = highWord(x);
  }
  if (hx >= 0x7ff00000) return x + x;
  hx &= 0x000fffff;
  // x = 2ᵉ·(1 + f) with 1 + f in [√2/2, √2): e is one more when the mantissa is above √2.
  // Scaling by 2⁻ᵉ is exact and gives fdlibm's bits without writing into the float.
  const exponent = (highWord(x) >> 20) - 1023 + (((hx + 0x95f64) & 0x100000) >> 20);
  const f = x * powerOfTwo(-exponent) - 1;
  k += exponent;
  if ((0x000fffff & (2 + hx)) < 3) return logNearPowerOfTwo(f, k);
  const s = f / (2 + f);
  const z = s * s;
  const w = z * z;
  const r = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7))) + w * (LG2 + w * (LG4 + w * LG6));
  if (((hx - 0x6147a) | (0x6b851 - hx)) > 0) {
    // 1 + f far from 1: subtract f²/2 separately for accuracy.
    const hfsq = 0.5 * f * f;
    if (k === 0) return f - (hfsq - s * (hfsq + r));
    return k * LN2_HI - (hfsq - (s * (hfsq + r) + k * LN2_LO) - f);
  }
  if (k === 0) return f - s * (f - r);
  return k * LN2_HI - (s * (f - r) - k * LN2_LO - f);
}

/** |f| < 2⁻²⁰: three terms of the series ln(1 + f) = f − f²/2 + f³/3 suffice. */
function logNearPowerOfTwo(f: number, k: number): number {
  if (f === 0) return k === 0 ? 0 : k * LN2_HI + k * LN2_LO;
  const r = f * f * (0.5 - 0.33333333333333333 * f);
  if (k === 0) return f - r;
  return k * LN2_HI - (r - k * LN2_LO - f);
}
