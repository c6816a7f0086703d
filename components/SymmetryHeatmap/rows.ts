/**
 * The hidden layer's weight matrix as the heatmap shows it: one row per hidden unit, the
 * weights from x₁ and x₂ and then the bias (the engine's unitRows), and how the figure writes
 * how far apart its rows are (the engine's largestRowDifference).
 */
import { mlp, unitRows } from '../../src/engine/index';
import { formatSignificant } from '../shared/format';

/** The first layer's rows [w from x₁, w from x₂, bias] of the figure's 2 → `hiddenUnits` → 1 network. */
export function hiddenRows(parameters: readonly number[], hiddenUnits: number): number[][] {
  return unitRows(mlp([2, hiddenUnits, 1]), parameters, 0);
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
