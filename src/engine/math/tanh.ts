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
    if (size >= 1) {
      z = 1 - 2 / (expm1(2 * size) + 2);
    } else {
      const t = expm1(-2 * size);
      z = -t / (t + 2);
    }
  } else if (x !== x) {
    return x;
  }
  return x < 0 ? -z : z;
}
