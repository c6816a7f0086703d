/**
 * Hyperbolic tangent, ported from fdlibm's s_tanh.c (Sun Microsystems, 1993; as
 * in V8's ieee754.cc and FreeBSD msun). With t = expm1(∓2|x|), one call each:
 *   |x| < 2⁻²⁸      tanh x = x
 *   |x| < 1         tanh|x| = −t/(t + 2),      t = expm1(−2|x|)
 *   1 ≤ |x| < 22    tanh|x| = 1 − 2/(t + 2),   t = expm1(2|x|)
 *   |x| ≥ 22        tanh|x| = 1 (to double precision)
 * and tanh(−x) = −tanh x. Error below 1 ulp (see test/engine/math).
 */
import { expm1 } from './expm1';

const TINY = 3.725290298461914e-9;

/** tanh x, the same bits in every JavaScript engine (fdlibm's algorithm). */
export function tanh(x: number): number {
  const size = x < 0 ? -x : x;
  let z = 1;
  if (size < 22) {
    // 2⁻²⁸ and below, including ±0: tanh x rounds to x.
    if (size < TINY) return x;
    // One expm1 and one division for both ranges; the choices are plain selects.
    const isLarge = size >= 1;
    const t = expm1(isLarge ? 2 * size : -2 * size);
    const q = (isLarge ? 2 : -t) / (t + 2);
    z = isLarge ? 1 - q : q;
  } else if (x !== x) {
    return x;
  }
  return x < 0 ? -z : z;
}
