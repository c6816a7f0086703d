import { expect, test } from 'vitest';
import { colorLimit, differenceText, hiddenRows } from '../../../components/SymmetryHeatmap/rows';
import { matrixRowsHtml } from '../../../components/SymmetryHeatmap/matrix-html';

test('hiddenRows reads W₁ row by row ([out, in] layout), then b₁, from the flat buffer', () => {
  // 2 → 3 → 1: W₁ is 6 numbers (unit 0: 1, 2; unit 1: 3, 4; unit 2: 5, 6), b₁ is 7, 8, 9, then the output layer (W₂ 3 numbers, b₂ 1).
  const parameters = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];
  expect(hiddenRows(parameters, 3)).toEqual([
    [1, 2, 7],
    [3, 4, 8],
    [5, 6, 9],
  ]);
});

test('differenceText says "exactly" only for 0', () => {
  expect(differenceText(0)).toBe('0 (exactly)');
  expect(differenceText(6.158123)).toBe('6.158');
  expect(differenceText(0.0027346)).toBe('0.002735');
  expect(differenceText(1.2e-7)).toBe('1.2 × 10⁻⁷');
});

test('matrixRowsHtml writes each weight and shades it by sign and size against the largest', () => {
  expect(colorLimit([[0.5, -1, 0]])).toBe(1);
  expect(matrixRowsHtml([[0.5, -1, 0]])).toBe(
    '<tr><th scope="row">unit 1</th>' +
      '<td data-sign="positive" style="--sy-shade: 23%">0.5</td>' +
      '<td data-sign="negative" style="--sy-shade: 45%">−1</td>' +
      '<td data-sign="zero" style="--sy-shade: 0%">0</td></tr>',
  );
});
