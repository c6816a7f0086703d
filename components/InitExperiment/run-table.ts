/**
 * Browser: the comparison table's rows, one per finished run, each with a checkbox that
 * overlays its cost curve on the chart (the build writes the page's own run the same way).
 */
import { overlayLabel, rowAttributes, tableCells, type RunRow } from './runs';

/** The table row of `row`; its checkbox calls `onOverlay` when toggled. */
export function tableRow(row: RunRow, isOverlaid: boolean, onOverlay: (number: number, isOn: boolean) => void): HTMLTableRowElement {
  const tr = document.createElement('tr');
  for (const [name, value] of Object.entries(rowAttributes(row))) tr.setAttribute(name, value);
  const box = Object.assign(document.createElement('input'), { type: 'checkbox', checked: isOverlaid });
  box.dataset.role = 'overlay';
  box.setAttribute('aria-label', overlayLabel(row));
  box.addEventListener('change', () => onOverlay(row.number, box.checked));
  tr.appendChild(document.createElement('td')).appendChild(box);
  for (const text of tableCells(row)) tr.appendChild(document.createElement('td')).textContent = text;
  return tr;
}
