/**
 * How the chapter-2 widgets print numbers: four significant digits without trailing zeros,
 * and powers of ten once a number is too large or too small to read that way.
 */
import { math } from '../../src/engine/index';

/** 0.36472 → "0.3647", 4.5 → "4.5", 1234567 → "1.23 × 10⁶", -0 → "0". */
export function formatNumber(value: number): string {
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

/**
 * The learning rates a slider offers, on a rough log scale with the landmarks of a parabola
 * (ηλ = 1 and ηλ = 2 for λ = 1) included; a typed value can be anything the schema allows.
 */
export const RATE_STOPS: readonly number[] = [
  0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.19, 0.2, 0.21, 0.3, 0.4, 0.45, 0.5, 0.6, 0.7, 0.9, 1, 1.1, 1.5, 1.9,
  2, 2.1, 2.5, 3, 4, 5, 10,
];

/** The slider position whose rate is closest to `rate` on a log scale (`math.log`: the same pick in every browser). */
export function nearestStop(rate: number, stops: readonly number[] = RATE_STOPS): number {
  let best = 0;
  for (let i = 1; i < stops.length; i++) {
    if (Math.abs(math.log(stops[i] / rate)) < Math.abs(math.log(stops[best] / rate))) best = i;
  }
  return best;
}
