/**
 * What one layer's numbers look like: the spread of a layer's activations a, or of the
 * gradient dL/dz that reaches it, over every unit and every example of a batch.
 *
 *   std     √(mean of (v − mean)²)
 *   spread  quantiles of |v| over the entries that are not exactly 0
 *
 * The quantiles leave the zeros out because a ReLU layer outputs exactly 0 for about half
 * its entries: on a log scale 0 has no place, and "half are 0" is told by `zeroFraction`.
 * Magnitudes matter here, not signs: vanishing and exploding are about how big numbers are.
 */
import { pow } from '../math/index';

/** The quantile levels of {@link SignalStats.spread}: 5 %, 25 %, 50 %, 75 % and 95 %. */
export const SPREAD_LEVELS = [0.05, 0.25, 0.5, 0.75, 0.95] as const;

/** The statistics of one set of numbers. */
export interface SignalStats {
  readonly mean: number;
  readonly std: number;
  /** Quantiles of |v| over the non-zero entries, at SPREAD_LEVELS; all NaN when every entry is 0. */
  readonly spread: readonly [number, number, number, number, number];
  /** Share of entries exactly 0. */
  readonly zeroFraction: number;
  /** Share of entries that are NaN or ±∞ (a diverged run); the other fields then count only the finite ones. */
  readonly nonFiniteFraction: number;
}

/** The value at level `q` of ascending `sorted` values, interpolated linearly between neighbours. */
export function quantileOfSorted(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return NaN;
  const position = q * (sorted.length - 1);
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
}

/** The statistics of the first `length` entries of `values`. */
export function signalStatsOf(values: Float64Array, length = values.length): SignalStats {
  const magnitudes = new Float64Array(length);
  let finite = 0;
  let nonZero = 0;
  let sum = 0;
  for (let i = 0; i < length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    finite++;
    sum += v;
    if (v !== 0) magnitudes[nonZero++] = Math.abs(v);
  }
  const mean = finite === 0 ? NaN : sum / finite;
  let squares = 0;
  for (let i = 0; i < length; i++) {
    const v = values[i];
    if (Number.isFinite(v)) squares += (v - mean) * (v - mean);
  }
  const sorted = magnitudes.subarray(0, nonZero).sort();
  const spread = SPREAD_LEVELS.map((q) => quantileOfSorted(sorted, q)) as unknown as SignalStats['spread'];
  return {
    mean,
    std: finite === 0 ? NaN : Math.sqrt(squares / finite),
    spread,
    zeroFraction: length === 0 ? 0 : (finite - nonZero) / length,
    nonFiniteFraction: length === 0 ? 0 : (length - finite) / length,
  };
}

/**
 * The factor a quantity changes by per layer, on average: the geometric mean of the
 * layer-to-layer ratios, (last / first)^(1 / (layers − 1)). NaN for fewer than two layers,
 * or when either end is 0 or not finite.
 */
export function factorPerLayer(values: readonly number[]): number {
  if (values.length < 2) return NaN;
  const first = values[0];
  const last = values[values.length - 1];
  if (!(first > 0 && last > 0 && Number.isFinite(first) && Number.isFinite(last))) return NaN;
  return pow(last / first, 1 / (values.length - 1));
}
