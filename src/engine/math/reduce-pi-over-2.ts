/**
 * x mod π/2, ported from fdlibm's e_rem_pio2.c (Sun Microsystems, 1993; the
 * version in V8's ieee754.cc). Returns n and writes y[0] + y[1] = x − n·π/2 with
 * |y| ≤ π/4 (about), y[1] the tail that y[0] could not hold.
 *
 *   |x| ≤ π/4          n = 0, y = x
 *   |x| < 3π/4         n = ±1, x ∓ π/2 with π/2 in 33 + 53 bits (33 + 33 + 53 near π/2)
 *   |x| ≤ 2¹⁹·π/2      Cody–Waite: n = round(x·2/π), x − n·π/2 with π/2 in up to three
 *                      33-bit pieces, adding a piece whenever cancellation ate bits
 *   larger             Payne–Hanek (`reduce-large.ts`)
 */
import { fromWords, highWord, lowWord } from './float-bits';
import { reduceLarge } from './reduce-large';

const INV_PIO2 = 6.36619772367581382433e-1;
const PIO2_1 = 1.57079632673412561417e0;
const PIO2_1T = 6.07710050650619224932e-11;
const PIO2_2 = 6.07710050630396597660e-11;
const PIO2_2T = 2.02226624879595063154e-21;
const PIO2_3 = 2.02226624871116645580e-21;
const PIO2_3T = 8.47842766036889956997e-32;

/** High words of n·π/2 for n = 1 … 32: there x − n·π/2 may cancel badly. */
const NPIO2_HIGH_WORDS = [
  0x3ff921fb, 0x400921fb, 0x4012d97c, 0x401921fb, 0x401f6a7a, 0x4022d97c, 0x4025fdbb, 0x402921fb, 0x402c463a,
  0x402f6a7a, 0x4031475c, 0x4032d97c, 0x40346b9c, 0x4035fdbb, 0x40378fdb, 0x403921fb, 0x403ab41b, 0x403c463a,
  0x403dd85a, 0x403f6a7a, 0x40407e4c, 0x4041475c, 0x4042106c, 0x4042d97c, 0x4043a28c, 0x40446b9c, 0x404534ac,
  0x4045fdbb, 0x4046c6cb, 0x40478fdb, 0x404858eb, 0x404921fb,
];

/** n with x = n·π/2 + y[0] + y[1]; y[0], y[1] are written. NaN and ±∞ give n = 0, y = NaN. */
export function reducePiOver2(x: number, y: number[]): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix <= 0x3fe921fb) {
    y[0] = x;
    y[1] = 0;
    return 0;
  }
  if (ix < 0x4002d97c) return reduceNearPiOver2(x, ix, y);
  if (ix <= 0x413921fb) return reduceMedium(x, ix, y);
  if (ix >= 0x7ff00000) {
    y[0] = y[1] = x - x;
    return 0;
  }
  // Split |x| into three 24-bit integer chunks with x = Σ chunk·2^(e0 − 24i).
  const e0 = (ix >> 20) - 1046;
  let z = fromWords(ix - (e0 << 20), lowWord(x));
  const chunks: number[] = [];
  for (let i = 0; i < 2; i++) {
    chunks.push(Math.trunc(z));
    z = (z - chunks[i]) * 16777216;
  }
  chunks.push(z);
  while (chunks[chunks.length - 1] === 0) chunks.pop();
  const n = reduceLarge(chunks, e0, y);
  if (hx >= 0) return n;
  y[0] = -y[0];
  y[1] = -y[1];
  return -n;
}

/** π/4 < |x| < 3π/4: subtract π/2 once. */
function reduceNearPiOver2(x: number, ix: number, y: number[]): number {
  const sign = x > 0 ? 1 : -1;
  let z = x - sign * PIO2_1;
  if (ix !== 0x3ff921fb) {
    y[0] = z - sign * PIO2_1T;
    y[1] = z - y[0] - sign * PIO2_1T;
  } else {
    z -= sign * PIO2_2;
    y[0] = z - sign * PIO2_2T;
    y[1] = z - y[0] - sign * PIO2_2T;
  }
  return sign;
}

/** 3π/4 ≤ |x| ≤ 2¹⁹·π/2: Cody–Waite with one, two or three pieces of π/2. */
function reduceMedium(x: number, ix: number, y: number[]): number {
  const t = x < 0 ? -x : x;
  const n = (t * INV_PIO2 + 0.5) | 0;
  let r = t - n * PIO2_1;
  let w = n * PIO2_1T;
  y[0] = r - w;
  if (n >= 32 || ix === NPIO2_HIGH_WORDS[n - 1]) {
    // Bits lost to cancellation: when more than 16, subtract the next piece of π/2.
    const exponent = ix >> 20;
    if (exponent - ((highWord(y[0]) >> 20) & 0x7ff) > 16) {
      let before = r;
      w = n * PIO2_2;
      r = before - w;
      w = n * PIO2_2T - (before - r - w);
      y[0] = r - w;
      if (exponent - ((highWord(y[0]) >> 20) & 0x7ff) > 49) {
        before = r;
        w = n * PIO2_3;
        r = before - w;
        w = n * PIO2_3T - (before - r - w);
        y[0] = r - w;
      }
    }
  }
  y[1] = r - y[0] - w;
  if (x >= 0) return n;
  y[0] = -y[0];
  y[1] = -y[1];
  return -n;
}
