/**
 * How figures print numbers. The neuron widgets use {@link formatNumber} (fixed decimals);
 * the gradient-descent widgets use {@link formatSignificant} (significant digits), since their
 * losses and learning rates span many orders of magnitude.
 */

/**
 * Numbers as figures print them: at most `digits` decimals, trailing zeros dropped, a true
 * minus sign (−), and exponent notation only for very large or very small magnitudes.
 *
 *   formatNumber(-0.5) → "−0.5"   formatNumber(0.37754) → "0.378"   formatNumber(1e9) → "1.00e+9"
 *   formatNumber(-1.1e-16) → "0" (float64 rounding noise)
 */
export function formatNumber(value: number, digits = 3): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  const magnitude = Math.abs(value);
  // Below 1e-12 a value is rounding noise of float64 sums (0.4 − 0.6 − 0.8 + 1 = −1.1e-16): print 0.
  if (magnitude < 1e-12) return '0';
  const text =
    magnitude >= 1e6 || (magnitude > 0 && magnitude < 10 ** -digits)
      ? value.toExponential(2)
      : String(Number(value.toFixed(digits)));
  // toFixed can round a tiny negative to "-0".
  return text === '-0' ? '0' : text.replace('-', '−');
}

/** Reads back a number printed by {@link formatNumber} (for tests that compare shown numbers). */
export function readNumber(text: string): number {
  return Number(text.trim().replace('−', '-'));
}

/**
 * Four significant digits without trailing zeros, and powers of ten once a number is too large
 * or too small to read that way (from 10⁵, below 10⁻⁴):
 *
 *   formatSignificant(0.36472) → "0.3647"   formatSignificant(1234567) → "1.23 × 10⁶"   formatSignificant(-0) → "0"
 */
export function formatSignificant(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e5 || magnitude < 1e-4) {
    const [mantissa, exponent] = value.toExponential(2).split('e');
    return `${String(Number(mantissa)).replace('-', '−')} × 10${toSuperscript(Number(exponent))}`;
  }
  return String(Number(value.toPrecision(4))).replace('-', '−');
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

function toSuperscript(exponent: number): string {
  const digits = [...String(Math.abs(exponent))].map((digit) => SUPERSCRIPT_DIGITS[Number(digit)]).join('');
  return exponent < 0 ? `⁻${digits}` : digits;
}
