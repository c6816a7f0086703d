/**
 * xʸ, ported from fdlibm's e_pow.c (Sun Microsystems, 1993; the version V8 kept
 * as its "legacy" Math.pow). With x = 2ᵐ·a:
 * 1. log₂|x| = t1 + t2 in extra precision (`log2-split.ts`);
 * 2. y·log₂|x| = n + y′ with |y′| ≤ ½, splitting y and t1 so the head products are exact;
 * 3. xʸ = 2ⁿ · e^(y′·ln 2), e^ by the same rational approximation as `exp`.
 * Special cases follow ECMAScript (which differs from C for ±1 ** ±∞: NaN).
 * pow(integer, integer) is exact whenever the result is representable.
 */
import { fromWords, highWord, lowWord, powerOfTwo, withHighWord, withLowWord } from './float-bits';
import { log2NearOne, log2Split } from './log2-split';

const OVT = 8.0085662595372944372e-17;
const LG2 = 6.93147180559945286227e-1;
const LG2_H = 6.93147182464599609375e-1;
const LG2_L = -1.90465429995776804525e-9;
const P1 = 1.66666666666666019037e-1;
const P2 = -2.77777777770155933842e-3;
const P3 = 6.61375632143793436117e-5;
const P4 = -1.65339022054652515390e-6;
const P5 = 4.13813679705723846039e-8;
const TWO_M1000 = 9.33263618503218878990e-302;

/** xʸ, the same bits in every JavaScript engine (fdlibm's algorithm; error below 1 ulp in our tests). */
export function pow(x: number, y: number): number {
  const hx = highWord(x);
  const lx = lowWord(x);
  const hy = highWord(y);
  const ly = lowWord(y);
  const ix = hx & 0x7fffffff;
  const iy = hy & 0x7fffffff;
  if ((iy | ly) === 0) return 1;
  if (x !== x || y !== y) return NaN;
  // 0 when y is not an integer, 1 when odd, 2 when even (only needed for x < 0).
  const yParity = hx < 0 ? integerParity(iy, ly) : 0;
  if (ly === 0) {
    if (iy === 0x7ff00000) {
      if (((ix - 0x3ff00000) | lx) === 0) return NaN;
      if (ix >= 0x3ff00000) return hy >= 0 ? y : 0;
      return hy < 0 ? -y : 0;
    }
    if (iy === 0x3ff00000) return hy < 0 ? 1 / x : x;
    if (hy === 0x40000000) return x * x;
    if (hy === 0x3fe00000 && hx >= 0) return Math.sqrt(x);
  }
  const ax = Math.abs(x);
  if (lx === 0 && (ix === 0x7ff00000 || ix === 0 || ix === 0x3ff00000)) {
    // x is ±0, ±∞ or ±1.
    let z = hy < 0 ? 1 / ax : ax;
    if (hx < 0) {
      if (((ix - 0x3ff00000) | yParity) === 0) z = NaN;
      else if (yParity === 1) z = -z;
    }
    return z;
  }
  if (hx < 0 && yParity === 0) return NaN;
  const sign = hx < 0 && yParity === 1 ? -1 : 1;
  let logParts: [number, number];
  if (iy > 0x41e00000) {
    // |y| > 2³¹: over- or underflow unless x is within 2⁻²⁰ of 1.
    if (iy > 0x43f00000) {
      if (ix <= 0x3fefffff) return hy < 0 ? Infinity : 0;
      if (ix >= 0x3ff00000) return hy > 0 ? Infinity : 0;
    }
    if (ix < 0x3fefffff) return hy < 0 ? sign * Infinity : sign * 0;
    if (ix > 0x3ff00000) return hy > 0 ? sign * Infinity : sign * 0;
    logParts = log2NearOne(ax);
  } else {
    logParts = log2Split(ax, ix);
  }
  return sign * powerOfTwoTimes(y, logParts[0], logParts[1]);
}

/** For |y| ≥ 1 with low word ly: 2 if y is an even integer, 1 if odd, 0 if not an integer. */
function integerParity(iy: number, ly: number): number {
  if (iy >= 0x43400000) return 2;
  if (iy < 0x3ff00000) return 0;
  const k = (iy >> 20) - 0x3ff;
  if (k > 20) {
    const j = ly >>> (52 - k);
    return (j << (52 - k)) === ly ? 2 - (j & 1) : 0;
  }
  if (ly !== 0) return 0;
  const j = iy >> (20 - k);
  return j << (20 - k) === iy ? 2 - (j & 1) : 0;
}

/** 2^(y·(t1 + t2)) with overflow and underflow handled, for t1 + t2 = log₂|x|. */
function powerOfTwoTimes(y: number, t1: number, t2: number): number {
  const y1 = withLowWord(y, 0);
  const pL = (y - y1) * t1 + y * t2;
  let pH = y1 * t1;
  let z = pL + pH;
  const j = highWord(z);
  const i = lowWord(z);
  if (j >= 0x40900000) {
    // z ≥ 1024.
    if (((j - 0x40900000) | i) !== 0 || pL + OVT > z - pH) return Infinity;
  } else if ((j & 0x7fffffff) >= 0x4090cc00) {
    // z ≤ −1075.
    if (((j - (0xc090cc00 | 0)) | i) !== 0 || pL <= z - pH) return 0;
  }
  // n = nearest integer to z, and pH − n the part left for e^.
  const size = j & 0x7fffffff;
  let n = 0;
  if (size > 0x3fe00000) {
    const k = (size >> 20) - 0x3ff;
    const rounded = j + (0x00100000 >> (k + 1));
    const kn = ((rounded & 0x7fffffff) >> 20) - 0x3ff;
    pH -= fromWords(rounded & ~(0x000fffff >> kn), 0);
    n = ((rounded & 0x000fffff) | 0x00100000) >> (20 - kn);
    if (j < 0) n = -n;
  }
  const t = withLowWord(pL + pH, 0);
  const u = t * LG2_H;
  const v = (pL - (t - pH)) * LG2 + t * LG2_L;
  z = u + v;
  const w = v - (z - u);
  const zz = z * z;
  const t1e = z - zz * (P1 + zz * (P2 + zz * (P3 + zz * (P4 + zz * P5))));
  const r = (z * t1e) / (t1e - 2 - (w + z * w));
  z = 1 - (r - z);
  const high = (highWord(z) + (n << 20)) | 0;
  // Subnormal result: scale in two steps so that only the last one rounds.
  if (high >> 20 <= 0) return z * powerOfTwo(n + 1000) * TWO_M1000;
  return withHighWord(z, high);
}
