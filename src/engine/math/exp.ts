/**
 * eˣ, ported from fdlibm's e_exp.c (Sun Microsystems, 1993; the version in
 * V8's ieee754.cc and FreeBSD msun).
 *
 * 1. Reduce: x = k·ln2 + r with |r| ≤ ½ln2, r carried as hi − lo because ln2 is
 *    split into LN2_HI (its low 32 bits zero, so k·LN2_HI is exact) and LN2_LO.
 * 2. Approximate on [0, 0.34658]: with R(r²) = r(eʳ + 1)/(eʳ − 1) ≈ 2 + P1·r² + … + P5·r¹⁰
 *    (Remez minimax, error below 2⁻⁵⁹), eʳ = 1 + r + r·c/(2 − c), c = r − (P1·r² + … ).
 * 3. Scale: eˣ = 2ᵏ·eʳ.
 * fdlibm picks the ranges by the high word of x; comparing |x| with the float
 * whose high word is that bound (and low word 0) is the same test, and faster.
 * Error below 1 ulp. Overflows above 709.78…, underflows to 0 below −745.13… .
 */
import { fromWords, powerOfTwo } from './float-bits';

const O_THRESHOLD = 7.09782712893383973096e2;
const U_THRESHOLD = -7.45133219101941108420e2;
const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.4426950408889633870;
const P1 = 1.66666666666666019037e-1;
const P2 = -2.77777777770155933842e-3;
const P3 = 6.61375632143793436117e-5;
const P4 = -1.65339022054652515390e-6;
const P5 = 4.13813679705723846039e-8;
const TWO_1023 = 8.988465674311579539e307;
const TWO_M1000 = 9.33263618503218878990e-302;
/** Range bounds: high words 0x40862E42 (709.78), 0x3FD62E43 (½ln2), 0x3FF0A2B2 (1.5·ln2), 0x3E300000 (2⁻²⁸). */
const LARGE = fromWords(0x40862e42, 0);
const HALF_LN2 = fromWords(0x3fd62e43, 0);
const THREE_HALVES_LN2 = fromWords(0x3ff0a2b2, 0);
const TINY = fromWords(0x3e300000, 0);

/** eˣ within 1 ulp, the same bits in every JavaScript engine (fdlibm's algorithm). */
export function exp(x: number): number {
  const size = x < 0 ? -x : x;
  if (!(size < LARGE)) {
    // NaN, infinities, overflow and underflow.
    if (x !== x) return x;
    if (x > O_THRESHOLD) return Infinity;
    if (x < U_THRESHOLD) return 0;
  }
  let hi = 0;
  let lo = 0;
  let k = 0;
  if (size >= HALF_LN2) {
    if (size < THREE_HALVES_LN2) {
      // V8 returns e itself for x = 1; the general path is one ulp off there.
      if (x === 1) return Math.E;
      hi = x < 0 ? x + LN2_HI : x - LN2_HI;
      lo = x < 0 ? -LN2_LO : LN2_LO;
      k = x < 0 ? -1 : 1;
    } else {
      k = (INV_LN2 * x + (x < 0 ? -0.5 : 0.5)) | 0;
      hi = x - k * LN2_HI;
      lo = k * LN2_LO;
    }
    x = hi - lo;
  } else if (size < TINY) {
    // |x| < 2⁻²⁸: 1 + x is already correctly rounded.
    return 1 + x;
  }
  const t = x * x;
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((x * c) / (c - 2) - x);
  const y = 1 - (lo - (x * c) / (2 - c) - hi);
  if (k >= -1021) return k === 1024 ? y * 2 * TWO_1023 : y * powerOfTwo(k);
  // Subnormal result: scale in two steps so that only the last one rounds.
  return y * powerOfTwo(k + 1000) * TWO_M1000;
}
