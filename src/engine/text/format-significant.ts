/** How sentences print losses and rates that span many orders of magnitude. */

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
