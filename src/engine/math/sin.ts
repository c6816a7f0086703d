/**
 * sin x, ported from fdlibm's s_sin.c (Sun Microsystems, 1993; as in V8's
 * ieee754.cc before it switched to another library). Reduce x = n·π/2 + y,
 * |y| ≤ π/4 (`reduce-pi-over-2.ts`), then by the quadrant n mod 4:
 * sin y, cos y, −sin y, −cos y (`trig-kernels.ts`). Error below 1 ulp.
 * sin(±∞) and sin(NaN) are NaN.
 */
import { highWord } from './float-bits';
import { reducePiOver2 } from './reduce-pi-over-2';
import { kernelCos, kernelSin } from './trig-kernels';

/** sin x within 1 ulp, the same bits in every JavaScript engine (fdlibm's algorithm). */
export function sin(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) return kernelSin(x, 0, false);
  if (ix >= 0x7ff00000) return x - x;
  const y = [0, 0];
  switch (reducePiOver2(x, y) & 3) {
    case 0:
      return kernelSin(y[0], y[1], true);
    case 1:
      return kernelCos(y[0], y[1]);
    case 2:
      return -kernelSin(y[0], y[1], true);
    default:
      return -kernelCos(y[0], y[1]);
  }
}
