/**
 * How figures print numbers. The neuron widgets use {@link formatNumber} (fixed decimals);
 * the gradient-descent widgets use {@link formatSignificant} (significant digits), since their
 * losses and learning rates span many orders of magnitude.
 */

import { formatSignificant } from '../../src/engine/index';

/**
 * Numbers as figures print them: at most `digits` decimals, trailing zeros dropped, a true
 * minus sign (−), and exponent notation only for very large or very small magnitudes.
 *
 *   formatNumber(-0.5) → "−0.5"   formatNumber(0.37754) → "0.378"   formatNumber(1e9) → "1 × 10⁹"
 *   formatNumber(-1.1e-16) → "0" (float64 rounding noise)
 */
export function formatNumber(value: number, digits = 3): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  const magnitude = Math.abs(value);
  // Below 1e-12 a value is rounding noise of float64 sums (0.4 − 0.6 − 0.8 + 1 = −1.1e-16): print 0.
  if (magnitude < 1e-12) return '0';
  // Very large or small: powers of ten as formatSignificant writes them, so every figure prints them alike.
  if (magnitude >= 1e6 || magnitude < 10 ** -digits) return formatSignificant(value);
  const text = String(Number(value.toFixed(digits)));
  // toFixed can round a tiny negative to "-0".
  return text === '-0' ? '0' : text.replace('-', '−');
}

/** Reads back a number printed by {@link formatNumber} (for tests that compare shown numbers). */
export function readNumber(text: string): number {
  return Number(text.trim().replace('−', '-'));
}

/** Significant digits with powers of ten (0.3647, 1.23 × 10⁶): the engine's, so its divergence sentences print numbers alike. */
export { formatSignificant };

/** A fraction as a percentage with at most `digits` decimals: formatPercent(0.98666) → "98.7 %", formatPercent(0.5) → "50 %". */
export function formatPercent(fraction: number, digits = 1): string {
  return `${formatNumber(100 * fraction, digits)} %`;
}

/** A count with its noun, singular for one: counted(1, 'step') → "1 step", counted(3, 'pass', 'passes') → "3 passes". */
export function counted(count: number, noun: string, plural = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : plural}`;
}
