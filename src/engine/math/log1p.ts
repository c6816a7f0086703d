/**
 * ln(1 + x) without the rounding of 1 + x near 0, ported from fdlibm's s_log1p.c
 * (Sun Microsystems, 1993; as in V8's ieee754.cc and FreeBSD msun).
 *
 * 1. Reduce: 1 + x = 2ᵏ(1 + f) with √2/2 < 1 + f < √2. When k ≠ 0, u = 1 + x is
 *    rounded, and c = ((1 + x) − u)/u corrects for it.
 * 2. With s = f/(2 + f), ln(1 + f) = f − (f²/2 − s(f²/2 + R(s²))), R the same
 *    degree-14 minimax polynomial as in `log` (error below 2⁻⁵⁸·⁴⁵).
 * 3. ln(1 + x) = k·ln2_hi + (ln(1 + f) + k·ln2_lo + c).
 * Error below 1 ulp. Domain x ≥ −1: log1p(−1) = −∞, below it NaN.
 */
import { fromWords, highWord, powerOfTwo } from './float-bits';

const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;
const LP1 = 6.666666666666735130e-1;
const LP2 = 3.999999999940941908e-1;
const LP3 = 2.857142874366239149e-1;
const LP4 = 2.222219843214978396e-1;
const LP5 = 1.818357216161805012e-1;
const LP6 = 1.531383769920937332e-1;
const LP7 = 1.479819860511658591e-1;
/**
 * fdlibm's range bounds on the high word, as floats (low word 0): comparing x with
 * them is the same test and faster. 0x3FDA827A ≈ √2 − 1, 0x3FD2BEC5 ≈ 1 − √2/2.
 */
const SQRT2_MINUS_1 = fromWords(0x3fda827a, 0);
const ONE_MINUS_HALF_SQRT2 = fromWords(0x3fd2bec5, 0);
const TWO_M29 = fromWords(0x3e200000, 0);
const TWO_M54 = fromWords(0x3c900000, 0);
const TWO_53 = fromWords(0x43400000, 0);

/** ln(1 + x) within 1 ulp, the same bits in every JavaScript engine (fdlibm's algorithm). */
export function log1p(x: number): number {
  const size = x < 0 ? -x : x;
  if (!(x > -1 && x < TWO_53) || size < TWO_M29) return log1pEdge(x, size);
  // fdlibm takes f = x (k = 0) when √2/2 ≤ 1 + x < √2, else reduces u = 1 + x = 2ᵏ(1 + f)
  // with the correction c = ((1 + x) − u)/u. Both are computed and one is picked: the
  // choice is a select, not a branch the processor would often guess wrong.
  const isDirect = x < SQRT2_MINUS_1 && (x > 0 || size < ONE_MINUS_HALF_SQRT2);
  const u = 1 + x;
  const exponent = (highWord(u) >> 20) - 1023;
  const correction = (exponent > 0 ? 1 - (u - x) : x - (u - 1)) / u;
  const mantissa = highWord(u) & 0x000fffff;
  // Mantissa above √2: halve it (one more in the exponent). u·2⁻ᵏ is then exact.
  const isHalved = mantissa >= 0x6a09e;
  const reducedK = isHalved ? exponent + 1 : exponent;
  const k = isDirect ? 0 : reducedK;
  const c = isDirect ? 0 : correction;
  const f = isDirect ? x : u * powerOfTwo(-reducedK) - 1;
  // hu = 0 flags |f| < 2⁻²⁰, where fdlibm switches to a short series.
  const hu = isDirect ? 1 : isHalved ? (0x00100000 - mantissa) >> 2 : mantissa;
  if (hu === 0) return log1pOfReduced(f, k, c, hu);
  // The common case, written out here so the hot loops that call log1p need no further call.
  const hfsq = 0.5 * f * f;
  const s = f / (2 + f);
  const z = s * s;
  const r = z * (LP1 + z * (LP2 + z * (LP3 + z * (LP4 + z * (LP5 + z * (LP6 + z * LP7))))));
  return k * LN2_HI - (hfsq - (s * (hfsq + r) + (k * LN2_LO + c)) - f);
}

/** ln(1 + f) + k·ln2 + c; with k = 0 and c = 0 the formula gives the bits of fdlibm's f − (…). */
function log1pOfReduced(f: number, k: number, c: number, hu: number): number {
  const hfsq = 0.5 * f * f;
  if (hu === 0) {
    // |f| < 2⁻²⁰.
    if (f === 0) return k === 0 ? 0 : k * LN2_HI + (c + k * LN2_LO);
    const r = hfsq * (1 - 0.66666666666666666 * f);
    if (k === 0) return f - r;
    return k * LN2_HI - (r - (k * LN2_LO + c) - f);
  }
  const s = f / (2 + f);
  const z = s * s;
  const r = z * (LP1 + z * (LP2 + z * (LP3 + z * (LP4 + z * (LP5 + z * (LP6 + z * LP7))))));
  return k * LN2_HI - (hfsq - (s * (hfsq + r) + (k * LN2_LO + c)) - f);
}

/** NaN, x ≤ −1, ±∞, |x| < 2⁻²⁹ and x ≥ 2⁵³ (where 1 + x rounds to x and c = 0). */
function log1pEdge(x: number, size: number): number {
  if (x !== x || x === Infinity) return x + x;
  if (x <= -1) return x === -1 ? -Infinity : NaN;
  if (size < TWO_M29) return size < TWO_M54 ? x : x - x * x * 0.5;
  const exponent = (highWord(x) >> 20) - 1023;
  const mantissa = highWord(x) & 0x000fffff;
  if (mantissa < 0x6a09e) return log1pOfReduced(x * powerOfTwo(-exponent) - 1, exponent, 0, mantissa);
  return log1pOfReduced(x * powerOfTwo(-exponent - 1) - 1, exponent + 1, 0, (0x00100000 - mantissa) >> 2);
}
