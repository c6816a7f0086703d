/**
 * log₂|x| as a sum t1 + t2 of two floats, t1 with its low 32 bits zero, for
 * `pow` (fdlibm's e_pow.c, Sun Microsystems, 1993; the version in V8's ieee754.cc).
 *
 * Write |x| = 2ⁿ·a with a near 1 or near 1.5 (b = 1 or 1.5), s = (a − b)/(a + b):
 * log₂ a = log₂ b + 2/(3 ln 2) · (3s + s³ + 3s⁵/5 + …), the tail a minimax
 * polynomial (L1 … L6) in s², every product split into a high part with 21 or
 * fewer significant bits and a low part so that the high products are exact.
 * The result carries about 2⁻⁶⁴ relative accuracy, enough for y·log₂|x|.
 */
import { fromWords, highWord, withHighWord, withLowWord } from './float-bits';

// 2⁵³, written so no literal needs more than 53 bits.
const TWO_53 = Number.MAX_SAFE_INTEGER + 1;
const L1 = 5.99999999999994648725e-1;
const L2 = 4.28571428578550184252e-1;
const L3 = 3.33333329818377432918e-1;
const L4 = 2.72728123808534006489e-1;
const L5 = 2.30660745775561754067e-1;
const L6 = 2.06975017800338417784e-1;
/** 2/(3 ln 2) and its split into a 24-bit head and a tail. */
const CP = 9.61796693925975554329e-1;
const CP_H = 9.61796700954437255859e-1;
const CP_L = -7.02846165095275826516e-9;
/** log₂ 1.5, head and tail. */
const DP_H = 5.84962487220764160156e-1;
const DP_L = 1.35003920212974897128e-8;
/** 1/ln 2 in full, and split into a 21-bit head and a tail. */
const IVLN2 = 1.44269504088896338700;
const IVLN2_H = 1.44269502162933349609;
const IVLN2_L = 1.92596299112661746887e-8;

/** log₂ of |x| = ax > 0 (finite, not 1), ix its high word; returns [t1, t2]. */
export function log2Split(ax: number, ix: number): [number, number] {
  let n = 0;
  if (ix < 0x00100000) {
    // Subnormal: scale into the normal range first.
    ax *= TWO_53;
    n -= 53;
    ix = highWord(ax);
  }
  n += (ix >> 20) - 0x3ff;
  const mantissa = ix & 0x000fffff;
  ix = mantissa | 0x3ff00000;
  // Centre a on 1 (|a| < √(3/2)) or on 1.5 (|a| < √3), else on 2 with n + 1.
  let isNearOneAndHalf = false;
  if (mantissa > 0x3988e && mantissa < 0xbb67a) isNearOneAndHalf = true;
  else if (mantissa >= 0xbb67a) {
    n += 1;
    ix -= 0x00100000;
  }
  const a = withHighWord(ax, ix);
  const b = isNearOneAndHalf ? 1.5 : 1;
  const u = a - b;
  const v = 1 / (a + b);
  const ss = u * v;
  const sH = withLowWord(ss, 0);
  const tHigh = fromWords(((ix >> 1) | 0x20000000) + 0x00080000 + (isNearOneAndHalf ? 1 << 18 : 0), 0);
  const sL = v * (u - sH * tHigh - sH * (a - (tHigh - b)));
  let s2 = ss * ss;
  let r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))));
  r += sL * (sH + ss);
  s2 = sH * sH;
  const tH = withLowWord(3 + s2 + r, 0);
  const tL = r - (tH - 3 - s2);
  // 2/(3 ln 2) · (s_h + s_l)(t_h + t_l), head and tail.
  const productU = sH * tH;
  const productV = sL * tH + tL * ss;
  const pH = withLowWord(productU + productV, 0);
  const pL = productV - (pH - productU);
  const zH = CP_H * pH;
  const zL = CP_L * pH + pL * CP + (isNearOneAndHalf ? DP_L : 0);
  const dpH = isNearOneAndHalf ? DP_H : 0;
  const t1 = withLowWord(zH + zL + dpH + n, 0);
  return [t1, zL - (t1 - n - dpH - zH)];
}

/** log₂ ax for |ax − 1| ≤ 2⁻²⁰ (used when |y| > 2³¹): x − x²/2 + x³/3 − x⁴/4 suffices. */
export function log2NearOne(ax: number): [number, number] {
  const t = ax - 1;
  const w = t * t * (0.5 - t * (0.3333333333333333333333 - t * 0.25));
  const u = IVLN2_H * t;
  const v = t * IVLN2_L - w * IVLN2;
  const t1 = withLowWord(u + v, 0);
  return [t1, v - (t1 - u)];
}
