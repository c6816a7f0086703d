/**
 * Seeded random numbers. The generator is xoshiro128** (Blackman and Vigna),
 * a 32-bit generator with 128 bits of state, seeded through SplitMix32 so that
 * nearby seeds give unrelated streams. It uses only integer arithmetic and
 * `Math.imul`, so the same seed gives the same stream in every JavaScript engine.
 * Normal draws use Marsaglia's polar method (the engine's `log`, which
 * rounds alike everywhere, and `Math.sqrt`, exact by specification).
 */
import { EngineError } from './errors';
import { log } from './math/index';

/** A seeded stream of random numbers. Create one with {@link createRng}. */
export interface Rng {
  /** The seed this stream started from. */
  readonly seed: number;
  /** Next raw 32-bit unsigned integer. */
  nextUint32(): number;
  /** Uniform on [0, 1) with 53 random bits. */
  uniform(): number;
  /** Uniform on [low, high). */
  uniformRange(low: number, high: number): number;
  /** Normal with the given mean and standard deviation. */
  normal(mean?: number, std?: number): number;
  /** Normal re-drawn until it falls within two standard deviations of the mean. */
  truncatedNormal(mean?: number, std?: number): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
}

const TWO_POW_32 = 4294967296;
// 2⁵³, written so no literal needs more than 53 bits.
const TWO_POW_53 = Number.MAX_SAFE_INTEGER + 1;

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** SplitMix32: spreads one 32-bit seed over the four words of state. */
function splitMix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/**
 * Creates a generator from an integer seed. Any safe integer works; it is
 * reduced to 32 bits (negative seeds wrap), so `createRng(s)` always yields
 * the same stream for the same `s`.
 */
export function createRng(seed: number): Rng {
  if (!Number.isSafeInteger(seed)) {
    throw new EngineError('createRng', `seed must be a safe integer, got ${seed}`);
  }
  const mix = splitMix32(seed >>> 0);
  const state = new Uint32Array([mix(), mix(), mix(), mix()]);
  if ((state[0] | state[1] | state[2] | state[3]) === 0) state[0] = 1;
  let spareNormal: number | null = null;

  const nextUint32 = (): number => {
    const result = Math.imul(rotl(Math.imul(state[1], 5), 7), 9) >>> 0;
    const t = state[1] << 9;
    state[2] ^= state[0];
    state[3] ^= state[1];
    state[1] ^= state[2];
    state[0] ^= state[3];
    state[2] ^= t;
    state[3] = rotl(state[3], 11);
    return result;
  };

  const uniform = (): number => {
    // 27 high bits of one draw and 26 of the next make a 53-bit mantissa.
    const high = nextUint32() >>> 5;
    const low = nextUint32() >>> 6;
    return (high * 67108864 + low) / TWO_POW_53;
  };

  const standardNormal = (): number => {
    if (spareNormal !== null) {
      const value = spareNormal;
      spareNormal = null;
      return value;
    }
    // Polar method: a uniform point in the unit disc gives two independent normals.
    let u = 0;
    let v = 0;
    let s = 0;
    do {
      u = 2 * uniform() - 1;
      v = 2 * uniform() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const factor = Math.sqrt((-2 * log(s)) / s);
    spareNormal = v * factor;
    return u * factor;
  };

  return {
    seed,
    nextUint32,
    uniform,
    uniformRange: (low, high) => low + (high - low) * uniform(),
    normal: (mean = 0, std = 1) => mean + std * standardNormal(),
    truncatedNormal: (mean = 0, std = 1) => {
      let z = standardNormal();
      while (Math.abs(z) > 2) z = standardNormal();
      return mean + std * z;
    },
    int: (n) => {
      if (!Number.isInteger(n) || n <= 0 || n > TWO_POW_32) {
        throw new EngineError('int', `n must be an integer from 1 to 2^32, got ${n}`);
      }
      return Math.floor(uniform() * n);
    },
  };
}

/** Returns a new array with the items in random order (Fisher–Yates). */
export function shuffle<T>(items: readonly T[], rng: Rng): T[] {
  return shuffleInPlace(items.slice(), rng);
}

/**
 * Fisher–Yates in place, with the same draws as {@link shuffle}: for i from the last
 * index down to 1, swap item i with item rng.int(i + 1). Works on arrays and typed arrays
 * alike, so a training step can reshuffle its index buffer without allocating.
 */
export function shuffleInPlace<L extends { length: number; [index: number]: unknown }>(items: L, rng: Rng): L {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const held = items[i];
    items[i] = items[j];
    items[j] = held;
  }
  return items;
}

/** A random permutation of 0, 1, …, n − 1. */
export function permutation(n: number, rng: Rng): number[] {
  return shuffle(Array.from({ length: n }, (_, i) => i), rng);
}
