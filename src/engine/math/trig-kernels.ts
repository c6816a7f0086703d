/**
 * sin and cos on [−π/4, π/4], ported from fdlibm's k_sin.c and k_cos.c (Sun
 * Microsystems, 1993; as in V8's ieee754.cc and FreeBSD msun). The argument
 * arrives as x + y, y the tail left by the reduction modulo π/2.
 *
 * sin: x + S1·x³ + … + S6·x¹³ (minimax, error below 2⁻⁵⁸ relative), with the
 *      tail folded in through sin(x + y) ≈ sin x + (1 − x²/2)·y.
 * cos: 1 − x²/2 + C1·x⁴ + … + C6·x¹⁴ (minimax, error below 2⁻⁵⁸), with
 *      cos(x + y) ≈ cos x − x·y; for |x| ≥ 0.3 an exact offset qx ≈ x²/4 is
 *      taken out of 1 and x²/2 first, so the final subtraction loses nothing.
 */
import { fromWords, highWord } from './float-bits';

const S1 = -1.66666666666666324348e-1;
const S2 = 8.33333333332248946124e-3;
const S3 = -1.98412698298579493134e-4;
const S4 = 2.75573137070700676789e-6;
const S5 = -2.50507602534068634195e-8;
const S6 = 1.58969099521155010221e-10;

const C1 = 4.16666666666666019037e-2;
const C2 = -1.38888888888741095749e-3;
const C3 = 2.48015872894767294178e-5;
const C4 = -2.75573143513906633035e-7;
const C5 = 2.08757232129817482790e-9;
const C6 = -1.13596475577881948265e-11;

/** sin(x + y) for |x| ≤ π/4; `hasTail` false means y is 0. */
export function kernelSin(x: number, y: number, hasTail: boolean): number {
  // |x| < 2⁻²⁷: sin x rounds to x.
  if ((highWord(x) & 0x7fffffff) < 0x3e400000) return x;
  const z = x * x;
  const v = z * x;
  const r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
  if (!hasTail) return x + v * (S1 + z * r);
  return x - (z * (0.5 * y - v * r) - y - v * S1);
}

/** cos(x + y) for |x| ≤ π/4. */
export function kernelCos(x: number, y: number): number {
  const ix = highWord(x) & 0x7fffffff;
  // |x| < 2⁻²⁷: cos x rounds to 1.
  if (ix < 0x3e400000) return 1;
  const z = x * x;
  const r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
  if (ix < 0x3fd33333) return 1 - (0.5 * z - (z * r - x * y));
  // qx = |x|/4 with its low word cleared (0.28125 above 0.78125): 1 − qx is exact.
  const qx = ix > 0x3fe90000 ? 0.28125 : fromWords(ix - 0x00200000, 0);
  return 1 - qx - (0.5 * z - qx - (z * r - x * y));
}
