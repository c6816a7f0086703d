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
/** Range bounds: high words 0x40862E42 (709.78), 0x3FD62E43 (½ln2), 0x3E300000 (2⁻²⁸). */
const LARGE = fromWords(0x40862e42, 0);
const HALF_LN2 = fromWords(0x3fd62e43, 0);
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
  // |x| < 2⁻²⁸: 1 + x is already correctly rounded.
  if (size < TINY) return 1 + x;
  // V8 returns e itself for x = 1; the general path is one ulp off there.
  if (x === 1) return Math.E;
  // fdlibm's three reductions (none below ½ln2, ±ln2 below 1.5·ln2, k·ln2 above) and its two
  // final formulas are one formula: with k = 0, hi = x and lo = 0 give the same bits.
  // Writing them as one saves branches that the processor would often guess wrong.
  const k = size < HALF_LN2 ? 0 : (INV_LN2 * x + (x < 0 ? -0.5 : 0.5)) | 0;
  const hi = x - k * LN2_HI;
  const lo = k * LN2_LO;
  const r = hi - lo;
  const t = r * r;
  const c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  const y = 1 - (lo - (r * c) / (2 - c) - hi);
  if (k >= -1021) return k === 1024 ? y * 2 * TWO_1023 : y * powerOfTwo(k);
  // Subnormal result: scale in two steps so that only the last one rounds.
  return y * powerOfTwo(k + 1000) * TWO_M1000;
}
