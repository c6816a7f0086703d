/**
 * x mod π/2 for huge x (|x| ≥ 2¹⁹·π/2), ported from fdlibm's k_rem_pio2.c
 * (Sun Microsystems, 1993; as in V8's ieee754.cc and FreeBSD msun): the
 * Payne–Hanek method.
 *
 * x arrives as up to three 24-bit integer chunks with the exponent e0 of the
 * first. Only the bits of 2/π that matter are multiplied in: the ones that would
 * make x·2/π a multiple of 8 are skipped, so the cost does not grow with x.
 * 2/π is stored as 24-bit integers (TWO_OVER_PI[i] · 2^(−24(i+1))), π/2 as
 * 24-bit float chunks (PI_OVER_2_CHUNKS). Products of 24-bit numbers are exact
 * in float64, so the chunks q of x·2/π are exact; the integer part mod 8 gives
 * the quadrant n, the fraction times π/2 gives the remainder y0 + y1. If the
 * fraction cancels to zero more terms of 2/π are brought in.
 */
import { powerOfTwo } from './float-bits';

/** 396 hex digits of 2/π, 24 bits per entry. */
const TWO_OVER_PI = [
  0xa2f983, 0x6e4e44, 0x1529fc, 0x2757d1, 0xf534dd, 0xc0db62, 0x95993c, 0x439041, 0xfe5163, 0xabdebb, 0xc561b7,
  0x246e3a, 0x424dd2, 0xe00649, 0x2eea09, 0xd1921c, 0xfe1deb, 0x1cb129, 0xa73ee8, 0x8235f5, 0x2ebb44, 0x84e99c,
  0x7026b4, 0x5f7e41, 0x3991d6, 0x398353, 0x39f49c, 0x845f8b, 0xbdf928, 0x3b1ff8, 0x97ffde, 0x05980f, 0xef2f11,
  0x8b5a0a, 0x6d1f6d, 0x367ecf, 0x27cb09, 0xb74f46, 0x3f669e, 0x5fea2d, 0x7527ba, 0xc7ebe5, 0xf17b3d, 0x0739f7,
  0x8a5292, 0xea6bfb, 0x5fb11f, 0x8d5d08, 0x560330, 0x46fc7b, 0x6babf0, 0xcfbc20, 0x9af436, 0x1da9e3, 0x91615e,
  0xe61b08, 0x659985, 0x5f14a0, 0x68408d, 0xffd880, 0x4d7327, 0x310606, 0x1556ca, 0x73a8c9, 0x60e27b, 0xc08c6b,
];

/** π/2 cut into 24-bit pieces (each exact in float64). */
const PI_OVER_2_CHUNKS = [
  1.57079625129699707031e0, 7.54978941586159635335e-8, 5.39030252995776476554e-15, 3.28200341580791294123e-22,
  1.27065575308067607349e-29, 1.22933308981111328932e-36, 2.73370053816464559624e-44, 2.16741683877804819444e-51,
];

const TWO_24 = 16777216;
const TWO_M24 = 5.9604644775390625e-8;
/** Terms of 2/π used at first, beyond those x needs (fdlibm's jk for 64-bit precision, as V8 uses). */
const INITIAL_TERMS = 4;

/**
 * Reduces the positive number Σ x[i]·2^(e0 − 24i) modulo π/2: writes the remainder
 * y[0] + y[1] (|y| ≤ π/4) and returns the quadrant n mod 8.
 */
export function reduceLarge(x: readonly number[], e0: number, y: number[]): number {
  const jk = INITIAL_TERMS;
  const jx = x.length - 1;
  const jv = Math.max(0, Math.trunc((e0 - 3) / 24));
  let q0 = e0 - 24 * (jv + 1);
  const f = new Float64Array(20);
  const q = new Float64Array(20);
  const iq = new Int32Array(20);
  for (let i = 0, j = jv - jx; i <= jx + jk; i++, j++) f[i] = j < 0 ? 0 : TWO_OVER_PI[j];
  for (let i = 0; i <= jk; i++) q[i] = chunkProduct(x, f, jx + i);

  let jz = jk;
  let n = 0;
  let ih = 0;
  let z = 0;
  for (;;) {
    // Integer part mod 8 is the quadrant; z keeps the fraction.
    z = distill(q, jz, iq) * powerOfTwo(q0);
    z -= 8 * Math.floor(z * 0.125);
    n = Math.trunc(z);
    z -= n;
    ih = 0;
    if (q0 > 0) {
      const carried = iq[jz - 1] >> (24 - q0);
      n += carried;
      iq[jz - 1] -= carried << (24 - q0);
      ih = iq[jz - 1] >> (23 - q0);
    } else if (q0 === 0) {
      ih = iq[jz - 1] >> 23;
    } else if (z >= 0.5) {
      ih = 2;
    }
    if (ih > 0) {
      // Fraction ≥ ½: take the next quadrant and keep 1 − fraction.
      n += 1;
      const carry = complementChunks(iq, jz, q0);
      if (ih === 2) {
        z = 1 - z;
        if (carry) z -= powerOfTwo(q0);
      }
    }
    const extra = z === 0 ? termsToAdd(iq, jz, jk) : 0;
    if (extra === 0) break;
    // Total cancellation: bring in more bits of 2/π and distill again.
    for (let i = jz + 1; i <= jz + extra; i++) {
      f[jx + i] = TWO_OVER_PI[jv + i];
      q[i] = chunkProduct(x, f, jx + i);
    }
    jz += extra;
  }
  return finish(iq, q, jz, q0, z, ih, n, y);
}

/** Distills q[0…jz] into 24-bit integers iq[], lowest first, carrying upwards; returns the top sum. */
function distill(q: Float64Array, jz: number, iq: Int32Array): number {
  let z = q[jz];
  for (let i = 0, j = jz; j > 0; i++, j--) {
    const fw = Math.trunc(TWO_M24 * z);
    iq[i] = Math.trunc(z - TWO_24 * fw);
    z = q[j - 1] + fw;
  }
  return z;
}

/** Σ_j x[j]·f[top − j]: one 24-bit chunk of x·2/π (exact). */
function chunkProduct(x: readonly number[], f: Float64Array, top: number): number {
  let sum = 0;
  for (let j = 0; j < x.length; j++) sum += x[j] * f[top - j];
  return sum;
}

/** iq ← 2^(24·jz) − iq over its chunks (1 − fraction); true when anything was borrowed. */
function complementChunks(iq: Int32Array, jz: number, q0: number): boolean {
  let carry = false;
  for (let i = 0; i < jz; i++) {
    const chunk = iq[i];
    if (!carry) {
      if (chunk !== 0) {
        carry = true;
        iq[i] = 0x1000000 - chunk;
      }
    } else {
      iq[i] = 0xffffff - chunk;
    }
  }
  if (q0 === 1) iq[jz - 1] &= 0x7fffff;
  else if (q0 === 2) iq[jz - 1] &= 0x3fffff;
  return carry;
}

/** How many more terms of 2/π the fraction needs, or 0 when its chunks are not all zero. */
function termsToAdd(iq: Int32Array, jz: number, jk: number): number {
  let bits = 0;
  for (let i = jz - 1; i >= jk; i--) bits |= iq[i];
  if (bits !== 0) return 0;
  let k = 1;
  while (k <= jk && iq[jk - k] === 0) k++;
  return k;
}

/** Fraction chunks → float64 q[], times π/2, summed into y[0] + y[1]; returns n mod 8. */
function finish(
  iq: Int32Array,
  q: Float64Array,
  jz: number,
  q0: number,
  z: number,
  ih: number,
  n: number,
  y: number[],
): number {
  // Drop zero chunks at the bottom, or split the last fraction into 24-bit pieces.
  if (z === 0) {
    jz -= 1;
    q0 -= 24;
    while (iq[jz] === 0) {
      jz -= 1;
      q0 -= 24;
    }
  } else {
    z *= powerOfTwo(-q0);
    if (z >= TWO_24) {
      const fw = Math.trunc(TWO_M24 * z);
      iq[jz] = z - TWO_24 * fw;
      jz += 1;
      q0 += 24;
      iq[jz] = fw;
    } else {
      iq[jz] = z;
    }
  }
  let scale = powerOfTwo(q0);
  for (let i = jz; i >= 0; i--) {
    q[i] = scale * iq[i];
    scale *= TWO_M24;
  }
  const fq = new Float64Array(20);
  for (let i = jz; i >= 0; i--) {
    let sum = 0;
    for (let k = 0; k <= INITIAL_TERMS && k <= jz - i; k++) sum += PI_OVER_2_CHUNKS[k] * q[i + k];
    fq[jz - i] = sum;
  }
  let head = 0;
  for (let i = jz; i >= 0; i--) head += fq[i];
  let tail = fq[0] - head;
  for (let i = 1; i <= jz; i++) tail += fq[i];
  y[0] = ih === 0 ? head : -head;
  y[1] = ih === 0 ? tail : -tail;
  return n & 7;
}
