import { describe, expect, test } from 'vitest';
import { pointDataset } from '../../../src/engine/index';
import { BOUNDARY } from '../../../components/InitExperiment/job-spec';
import { boundarySpec, costSpec, logTicks } from '../../../components/InitExperiment/plot-specs';
import { boundaryGrid } from '../../../components/shared/classifier-plot';

const data = { train: pointDataset([0, 1], [0, 1], [1, 0]), test: pointDataset([0.5], [0.5], [1]) };
const halfEverywhere = new Array(BOUNDARY.resolution ** 2).fill(0.5);

function contours(spec: ReturnType<typeof boundarySpec>) {
  return spec.marks.flatMap((mark) => (mark.type === 'contour' ? [[mark.color, mark.isFilled ?? false, mark.thresholds[0]]] : []));
}

describe('boundarySpec(data, values, rule)', () => {
  test('an output of exactly 0.5 (a zero start) shades the class its rule gives it', () => {
    // 'atLeast' (seeded): 0.5 is class 1, so the class-0 bands start just above 1 − p = 0.5.
    expect(contours(boundarySpec(data, halfEverywhere, 'atLeast'))).toEqual([
      ['positive', true, 0.5],
      ['negative', true, 0.5 + 1e-12],
      ['text', false, 0.5],
    ]);
    expect(contours(boundarySpec(data, halfEverywhere, 'above')).map(([, , level]) => level)).toEqual([0.5 + 1e-12, 0.5, 0.5]);
  });

  test('before a run, or after a blow-up (NaN outputs), only the points are drawn', () => {
    expect(contours(boundarySpec(data, null, 'atLeast'))).toEqual([]);
    expect(contours(boundarySpec(data, [NaN, ...halfEverywhere.slice(1)], 'atLeast'))).toEqual([]);
  });

  test('boundaryGrid: the points of the report are the centres of the cells', () => {
    const grid = boundaryGrid(halfEverywhere, BOUNDARY);
    const cell = (BOUNDARY.extent[1] - BOUNDARY.extent[0]) / (BOUNDARY.resolution - 1);
    expect(grid.x[0]).toBeCloseTo(BOUNDARY.extent[0] - cell / 2, 12);
    expect(grid.width * grid.height).toBe(halfEverywhere.length);
  });
});

describe('costSpec and logTicks', () => {
  test('logTicks gives 1-2-5 steps, or finer ones when the range is short', () => {
    expect(logTicks(0.04, 1.2)).toEqual([0.05, 0.1, 0.2, 0.5, 1]);
    expect(logTicks(0.45, 1.05)).toEqual([0.5, 0.7, 1]);
    // A large start's cost (over 1000) beside a good end (below 0.1): powers of ten, at most six labels.
    expect(logTicks(0.03, 2000)).toEqual([0.1, 1, 10, 100, 1000]);
    expect(logTicks(1e-6, 1e6)).toEqual([1e-6, 1e-4, 0.01, 1, 100, 10000, 1e6]);
  });

  test('a flat curve (zeros, ln 2 throughout) sits mid-axis; each line is named at its end', () => {
    const flat: [number, number][] = [[0, Math.LN2], [15000, Math.LN2]];
    const spec = costSpec(flat, [{ name: '#1 He (seed 1)', points: [[0, 0.8], [15000, 0.05]] }], 15000);
    const [low, high] = spec.y!.domain!;
    expect(Math.sqrt(low * high)).toBeCloseTo(Math.sqrt(0.8 * 0.05), 12);
    expect(spec.marks.filter((mark) => mark.type === 'text').map((mark) => (mark.type === 'text' ? mark.text : ''))).toEqual(['#1', 'now']);
    const zerosOnly = costSpec(flat, [], 15000).y!.domain!;
    expect(zerosOnly[0]).toBeLessThan(Math.LN2);
    expect(zerosOnly[1] / zerosOnly[0]).toBeGreaterThanOrEqual(4);
  });
});
