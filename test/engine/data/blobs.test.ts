import { describe, expect, test } from 'vitest';
import { createRng, makeBlobs } from '../../../src/engine/index';
import { labelCounts } from './helpers';

describe('makeBlobs', () => {
  test('makeBlobs({ count: 10, centers: 3 }) splits 4, 3, 3 and labels by cluster', () => {
    const data = makeBlobs({ count: 10, centers: 3, std: 1 }, createRng(1));
    expect(labelCounts(data)).toEqual(new Map([[0, 4], [1, 3], [2, 3]]));
  });

  test('makeBlobs with given centers puts each cluster mean near its center', () => {
    const centers = [[-5, 0], [5, 2]] as const;
    const data = makeBlobs({ count: 4000, centers, std: 0.5 }, createRng(2));
    const sums = [[0, 0, 0], [0, 0, 0]];
    for (let i = 0; i < data.count; i++) {
      const s = sums[data.targets[i]];
      s[0] += data.inputs[2 * i];
      s[1] += data.inputs[2 * i + 1];
      s[2] += 1;
    }
    sums.forEach(([sx, sy, n], label) => {
      expect(sx / n).toBeCloseTo(centers[label][0], 1);
      expect(sy / n).toBeCloseTo(centers[label][1], 1);
    });
  });

  test('makeBlobs with std 0 puts every point exactly on its center', () => {
    const data = makeBlobs({ count: 6, centers: [[1, 2], [3, 4]], std: 0 }, createRng(3));
    for (let i = 0; i < data.count; i++) {
      const expected = data.targets[i] === 0 ? [1, 2] : [3, 4];
      expect([data.inputs[2 * i], data.inputs[2 * i + 1]]).toEqual(expected);
    }
  });

  test('makeBlobs(options) throws for bad centers or std', () => {
    expect(() => makeBlobs({ count: 5, centers: 0, std: 1 }, createRng(1))).toThrowErrorMatchingInlineSnapshot(`[EngineError: makeBlobs: centers: expected a positive integer, got 0]`);
    expect(() => makeBlobs({ count: 5, centers: [], std: 1 }, createRng(1))).toThrowErrorMatchingInlineSnapshot(`[EngineError: makeBlobs: centers: expected a positive integer or a non-empty list of [x, y] points, got an empty list]`);
    expect(() =>
      makeBlobs({ count: 5, centers: [[0, 1], [2, Number.NaN]], std: 1 }, createRng(1)),
    ).toThrowErrorMatchingInlineSnapshot(`[EngineError: makeBlobs: centers: expected a positive integer or a non-empty list of [x, y] points, got a list with a point that is not two finite numbers]`);
    expect(() => makeBlobs({ count: 5, centers: 2, std: Infinity }, createRng(1))).toThrowErrorMatchingInlineSnapshot(`[EngineError: makeBlobs: std: expected a finite number ≥ 0, got Infinity]`);
  });
});
