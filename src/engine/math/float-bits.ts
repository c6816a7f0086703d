/**
 * The two 32-bit halves of a float64, as fdlibm reads and writes them.
 *
 * fdlibm (and FreeBSD msun, which descends from it) steers every function by
 * the high word of its argument: sign, 11-bit exponent and the top 20 bits of
 * the mantissa. These helpers give that view in JavaScript through one
 * Float64Array and one Int32Array over the same 8 bytes.
 *
 * The scratch buffer is the only mutable module-level state in `math/`, and it carries
 * nothing from one call to the next: every helper writes it and reads it back
 * in the same synchronous call, JavaScript runs one call at a time per thread,
 * and a Web Worker has its own copy of the module. Reading a word involves no
 * rounding, so the result is the same in every engine.
 */
const buffer = new ArrayBuffer(8);
const float = new Float64Array(buffer);
const words = new Int32Array(buffer);

// 1.0 is 0x3FF00000_00000000: the half that holds 0x3FF00000 is the high word.
float[0] = 1;
const HIGH = words[1] === 0x3ff00000 ? 1 : 0;
const LOW = 1 - HIGH;

/** High 32 bits of x as a signed integer (sign, exponent, top of the mantissa). */
export function highWord(x: number): number {
  float[0] = x;
  return words[HIGH];
}

/** Low 32 bits of x as a signed integer (the rest of the mantissa). */
export function lowWord(x: number): number {
  float[0] = x;
  return words[LOW];
}

/** The float64 whose high and low 32-bit words are `high` and `low`. */
export function fromWords(high: number, low: number): number {
  words[HIGH] = high;
  words[LOW] = low;
  return float[0];
}

/** x with its high word replaced by `high` (the low word kept). */
export function withHighWord(x: number, high: number): number {
  float[0] = x;
  words[HIGH] = high;
  return float[0];
}

/** x with its low word replaced by `low` (the high word kept): zero clears the tail bits. */
export function withLowWord(x: number, low: number): number {
  float[0] = x;
  words[LOW] = low;
  return float[0];
}

/**
 * 2ⁿ for n from −1074 to 1023, by doubling and halving 1 once at load time (every
 * step is exact). A table lookup is faster than assembling the bits on every call,
 * and the table is never written after it is filled.
 */
const POWERS_OF_TWO = new Float64Array(1074 + 1024);
for (let n = 0, power = 1; n <= 1023; n++, power *= 2) POWERS_OF_TWO[1074 + n] = power;
for (let n = 0, power = 1; n >= -1074; n--, power /= 2) POWERS_OF_TWO[1074 + n] = power;

/** 2ⁿ for an integer n from −1074 to 1023 (exact). */
export function powerOfTwo(n: number): number {
  return POWERS_OF_TWO[1074 + n];
}
