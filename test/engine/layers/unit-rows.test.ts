import { expect, test } from 'vitest';
import { EngineError, largestRowDifference, mlp, unitRows } from '../../../src/engine/index';

test('unitRows reads each unit\'s weights ([out, in] layout) and then its bias from the flat buffer', () => {
  // 2 → 3 → 1: W₁ is 6 numbers (unit 0: 1, 2; unit 1: 3, 4; unit 2: 5, 6), b₁ is 7, 8, 9, then W₂ (10, 11, 12) and b₂ (13).
  const parameters = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];
  const model = mlp([2, 3, 1]);
  expect(unitRows(model, parameters, 0)).toEqual([
    [1, 2, 7],
    [3, 4, 8],
    [5, 6, 9],
  ]);
  expect(unitRows(model, parameters, 1)).toEqual([[10, 11, 12, 13]]);
});

test('unitRows names a layer or a buffer that does not fit', () => {
  const model = mlp([2, 3, 1]);
  expect(() => unitRows(model, new Array(13).fill(0), 2)).toThrow(EngineError);
  expect(() => unitRows(model, new Array(13).fill(0), 2)).toThrow('unitRows: layer: expected an index from 0 to 1, got 2');
  expect(() => unitRows(model, [1, 2], 0)).toThrow('unitRows: parameters: expected 13 numbers for this model, got 2');
});

test('largestRowDifference is the largest gap within one column, 0 only for identical rows', () => {
  expect(largestRowDifference([[0.5, 0.5, 0], [0.5, 0.5, 0]])).toBe(0);
  expect(largestRowDifference([[0.5, 0.5, 0], [0.5, 0.5, 1e-300]])).toBe(1e-300);
  expect(largestRowDifference([[1, -2, 0], [3, 2, 0], [0, 0, 0.5]])).toBe(4);
  expect(largestRowDifference([])).toBe(0);
});
