/**
 * The hidden layer's weight matrix as the heatmap shows it: one row per hidden unit, the
 * weights from x₁ and x₂ and then the bias (the engine's flat layout puts W₁ first, row o
 * holding unit o's weights, then b₁), and how far apart its rows are.
 */
import { formatSignificant } from '../shared/format';

/** The first layer's rows [w from x₁, w from x₂, bias], read from a 2 → `hiddenUnits` → … parameter buffer. */
export function hiddenRows(parameters: readonly number[], hiddenUnits: number): number[][] {
  const biasOffset = 2 * hiddenUnits;
  return Array.from({ length: hiddenUnits }, (_, unit) => [parameters[2 * unit], parameters[2 * unit + 1], parameters[biasOffset + unit]]);
}

/**
 * The largest |a − b| between the same column of two rows. Exactly 0 only when every row is
 * the same numbers bit for bit (−0 and 0 aside), since float subtraction of unequal finite
 * numbers never gives 0.
 */
export function largestRowDifference(rows: readonly (readonly number[])[]): number {
  let largest = 0;
  for (let column = 0; column < (rows[0]?.length ?? 0); column++) {
    let low = Infinity;
    let high = -Infinity;
    for (const row of rows) {
      low = Math.min(low, row[column]);
      high = Math.max(high, row[column]);
    }
    largest = Math.max(largest, high - low);
  }
  return largest;
}

/** The difference as the figure writes it: "0 (exactly)" when the rows are identical, else up to four significant digits. */
export function differenceText(difference: number): string {
  if (difference === 0) return '0 (exactly)';
  return formatSignificant(difference);
}

/** The largest |entry| of the rows, at least `floor`: the heatmap's colour scale runs from −that to +that. */
export function colorLimit(rows: readonly (readonly number[])[], floor = 1e-9): number {
  return rows.reduce((limit, row) => row.reduce((m, value) => Math.max(m, Math.abs(value)), limit), floor);
}
