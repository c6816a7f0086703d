/**
 * cos x, ported from fdlibm's s_cos.c (Sun Microsystems, 1993; as in V8's
 * ieee754.cc before it switched to another library). Reduce x = n·π/2 + y,
 * |y| ≤ π/4 (`reduce-pi-over-2.ts`), then by the quadrant n mod 4:
 * cos y, −sin y, −cos y, sin y (`trig-kernels.ts`). Error below 1 ulp.
 * cos(±∞) and cos(NaN) are NaN.
 */
import { highWord } from './float-bits';
import { reducePiOver2 } from './reduce-pi-over-2';
import { kernelCos, kernelSin } from './trig-kernels';

/** cos x within 1 ulp, the same bits in every JavaScript engine (fdlibm's algorithm). */
export function cos(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) return kernelCos(x, 0);
  if (ix >= 0x7ff00000) return x - x;
  const y = [0, 0];
  switch (reducePiOver2(x, y) & 3) {
    case 0:
      return kernelCos(y[0], y[1]);
    case 1:
      return -kernelSin(y[0], y[1], true);
    case 2:
      return -kernelCos(y[0], y[1]);
    default:
      return kernelSin(y[0], y[1], true);
  }
}
