/**
 * The edges of the learning-rate regimes, ηλ = 2(1 + μ) and ηλ = 1, decided the way the
 * chapter states them: with η, λ and μ read as the decimals the reader typed, in exact
 * integer arithmetic (BigInt). In doubles 1.6 × 1.5 is 2.4000000000000004 while 2 × (1 + 0.2)
 * is 2.4, so a product compared with a threshold can land on the wrong side of an edge the
 * input sits exactly on.
 */
import { EngineError } from '../errors';

/** An exact decimal: digits × 10^−scale. */
export interface Decimal {
  readonly digits: bigint;
  readonly scale: number;
}

/** A finite number as the exact decimal its shortest printed form names (0.1 is one tenth, not the double next to it). */
export function exactDecimal(value: number): Decimal {
  if (!Number.isFinite(value)) throw new EngineError('compareRateTimesCurvature', `expected finite numbers, got ${value}`);
  const [mantissa, exponentText = '0'] = String(value).toLowerCase().split('e');
  const [whole, fraction = ''] = mantissa.split('.');
  const scale = fraction.length - Number(exponentText);
  const digits = BigInt(whole + fraction);
  return scale >= 0 ? { digits, scale } : { digits: digits * powerOfTen(-scale), scale: 0 };
}

/** 10^n as a BigInt, by repeated multiplication (exact). */
function powerOfTen(n: number): bigint {
  let power = 1n;
  for (let i = 0; i < n; i++) power *= 10n;
  return power;
}

export function times(a: Decimal, b: Decimal): Decimal {
  return { digits: a.digits * b.digits, scale: a.scale + b.scale };
}

export function plus(a: Decimal, b: Decimal): Decimal {
  const scale = Math.max(a.scale, b.scale);
  return { digits: a.digits * powerOfTen(scale - a.scale) + b.digits * powerOfTen(scale - b.scale), scale };
}

/**
 * The sign of ηλ − k(1 + μ), with η, λ and μ read as the decimals they print as: −1, 0 or 1,
 * with no rounding. k = 2 is the stability edge, k = 1 with μ = 0 the edge of overshooting.
 */
export function compareRateTimesCurvature(learningRate: number, curvature: number, k: number, momentum = 0): -1 | 0 | 1 {
  const product = times(exactDecimal(learningRate), exactDecimal(curvature));
  const edge = times(exactDecimal(k), plus(exactDecimal(1), exactDecimal(momentum)));
  const difference = plus(product, { digits: -edge.digits, scale: edge.scale }).digits;
  return difference > 0n ? 1 : difference < 0n ? -1 : 0;
}
