/**
 * NumPy's pairwise summation of float64 numbers, in NumPy's order, so a sum here
 * has the bits `np.sum` gives (numpy/_core/src/umath/loops_utils.h.src, `pairwise_sum`;
 * `np.sum` of a contiguous array adds this to its identity 0):
 *   n < 8         one running sum, in order;
 *   8 ≤ n ≤ 128   eight running sums r0 … r7 over blocks of eight, combined as
 *                 ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7)), then the last n mod 8 in order;
 *   n > 128       the sums of the first n2 and the other n − n2 numbers, where n2 is n/2
 *                 rounded down to a multiple of 8.
 * Its rounding error grows like log n instead of n: 300 copies of ln 2 sum to
 * 300·ln 2 within an ulp, where a running sum drifts 14 ulps away.
 */

/** Σ values[start … start + count − 1], added in NumPy's pairwise order. */
export function pairwiseSum(values: ArrayLike<number>, start = 0, count = values.length - start): number {
  if (count < 8) {
    let sum = 0;
    for (let i = start; i < start + count; i++) sum += values[i];
    return sum;
  }
  if (count <= 128) {
    let r0 = values[start], r1 = values[start + 1], r2 = values[start + 2], r3 = values[start + 3];
    let r4 = values[start + 4], r5 = values[start + 5], r6 = values[start + 6], r7 = values[start + 7];
    const blocksEnd = start + count - (count % 8);
    let i = start + 8;
    for (; i < blocksEnd; i += 8) {
      r0 += values[i]; r1 += values[i + 1]; r2 += values[i + 2]; r3 += values[i + 3];
      r4 += values[i + 4]; r5 += values[i + 5]; r6 += values[i + 6]; r7 += values[i + 7];
    }
    let sum = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
    for (; i < start + count; i++) sum += values[i];
    return sum;
  }
  const half = Math.floor(count / 2);
  const first = half - (half % 8);
  return pairwiseSum(values, start, first) + pairwiseSum(values, start + first, count - first);
}
