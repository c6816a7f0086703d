/**
 * The weighted sum z = w₁x₁ + … + wₙxₙ + b decided the way the chapter states it: with every
 * number read as the decimal it prints as, in exact integer arithmetic (BigInt). In doubles
 * 0.3 + 0.6 − 0.9 is −1.1e−16, so a line through a point would put it on the wrong side of
 * step(0) = 1.
 */
import { exactDecimal, plus, times, type Decimal } from '../landscapes/exact-edge';

/** Σ wᵢxᵢ + b as an exact decimal, or null when a number is not finite. */
function exactSum(weights: readonly number[], values: readonly number[], bias: number): Decimal | null {
  if (![...weights, ...values, bias].every(Number.isFinite)) return null;
  let sum = exactDecimal(bias);
  for (let i = 0; i < weights.length; i++) sum = plus(sum, times(exactDecimal(weights[i]), exactDecimal(values[i])));
  return sum;
}

/** The sign of Σ wᵢxᵢ + b, exact on the decimals: −1, 0 or 1 (the float sign for non-finite input). */
export function exactSignOfSum(weights: readonly number[], values: readonly number[], bias: number): -1 | 0 | 1 {
  // Fast path: a float sum far from 0 compared with its terms has the exact sum's sign.
  let sum = bias;
  let size = Math.abs(bias);
  for (let i = 0; i < weights.length; i++) {
    sum += weights[i] * values[i];
    size += Math.abs(weights[i] * values[i]);
  }
  if (!Number.isFinite(sum) || Math.abs(sum) > 1e-9 * size) return sum > 0 ? 1 : sum < 0 ? -1 : 0;
  const exact = exactSum(weights, values, bias);
  if (exact === null) return sum > 0 ? 1 : sum < 0 ? -1 : 0;
  return exact.digits > 0n ? 1 : exact.digits < 0n ? -1 : 0;
}

/** Σ wᵢxᵢ + b: the double nearest the exact decimal sum (so exactly 0 when the decimals cancel). */
export function exactWeightedSum(weights: readonly number[], values: readonly number[], bias: number): number {
  const exact = exactSum(weights, values, bias);
  if (exact === null) return values.reduce((total, x, i) => total + x * weights[i], bias);
  return exact.digits === 0n ? 0 : Number(`${exact.digits}e${-exact.scale}`);
}
