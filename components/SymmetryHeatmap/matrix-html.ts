/**
 * The heatmap's body as HTML: one table row per hidden unit, each cell the weight written out
 * and shaded by its sign and size (blue above 0, orange below, stronger further from 0), so the
 * numbers, not the colour alone, carry it. The same string is the build's table and the view's
 * update; it holds only numbers this module formats.
 */
import { formatNumber } from '../shared/format';
import { colorLimit } from './rows';

/** Strongest shade, as a share of the series colour mixed into the page (kept light enough for the text on it). */
const MAX_SHADE = 45;

function cellHtml(value: number, limit: number): string {
  const sign = value > 0 ? 'positive' : value < 0 ? 'negative' : 'zero';
  const shade = Math.round((MAX_SHADE * Math.abs(value)) / limit);
  return `<td data-sign="${sign}" style="--sy-shade: ${shade}%">${formatNumber(value)}</td>`;
}

/** The <tr> rows of the weight table, unit 1 first; the shades scale with the largest |weight| shown. */
export function matrixRowsHtml(rows: readonly (readonly number[])[]): string {
  const limit = colorLimit(rows);
  return rows.map((row, unit) => `<tr><th scope="row">unit ${unit + 1}</th>${row.map((value) => cellHtml(value, limit)).join('')}</tr>`).join('');
}
