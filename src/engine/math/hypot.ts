/**
 * √(x₁² + x₂² + …) without overflow, as V8's Math.hypot computes it (the
 * algorithm of its math.tq): divide every |xᵢ| by the largest, add the squares
 * with Kahan's compensated summation, and return max·√sum. Only ÷, ×, +, − and
 * the correctly rounded √ are used, so every engine gives the same bits.
 * Any ±∞ gives +∞ (even beside NaN); otherwise any NaN gives NaN; no arguments give 0.
 */

/** Euclidean length of the arguments, bit-identical in every JavaScript engine. */
export function hypot(...values: number[]): number {
  let largest = 0;
  let hasNaN = false;
  for (const value of values) {
    const size = Math.abs(value);
    if (size !== size) hasNaN = true;
    else if (size > largest) largest = size;
  }
  if (largest === Infinity) return Infinity;
  if (hasNaN) return NaN;
  if (largest === 0) return 0;
  let sum = 0;
  let compensation = 0;
  for (const value of values) {
    const scaled = Math.abs(value) / largest;
    const summand = scaled * scaled - compensation;
    const preliminary = sum + summand;
    compensation = preliminary - sum - summand;
    sum = preliminary;
  }
  return Math.sqrt(sum) * largest;
}
