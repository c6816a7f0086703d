import { expect, test } from 'vitest';
import { pointDataset } from '../../../src/engine/data/index';
import {
  boundarySegment,
  classifyPoint,
  countMistakes,
  distanceToLevel,
  gateDataset,
  halfPlanes,
  lineAccuracy,
  lineValueRange,
  neuronDataset,
  type Point2,
} from '../../../src/engine/neuron/index';

const unitBox = { xMin: 0, xMax: 1, yMin: 0, yMax: 1 };

/** Shoelace formula: the area of a simple polygon. */
function area(points: readonly Point2[]): number {
  let twice = 0;
  points.forEach(([x, y], i) => {
    const [nx, ny] = points[(i + 1) % points.length];
    twice += x * ny - nx * y;
  });
  return Math.abs(twice) / 2;
}

test('lineAccuracy counts the points on their own side', () => {
  const data = pointDataset([0, 1, 2, 3], [0, 0, 0, 0], [0, 0, 1, 0]);
  // z = x1 − 1.5: positive for x1 = 2 and 3, so the point at x1 = 3 (target 0) is the one mistake.
  expect(countMistakes({ w1: 1, w2: 0, bias: -1.5 }, data)).toBe(1);
  expect(lineAccuracy({ w1: 1, w2: 0, bias: -1.5 }, data)).toBe(0.75);
});

test('lineAccuracy: the OR line on AND data misses two corners; a bias between −2 and −1 fixes it', () => {
  const and = gateDataset('and');
  expect(lineAccuracy({ w1: 1, w2: 1, bias: -0.5 }, and)).toBe(0.5);
  expect(lineAccuracy({ w1: 1, w2: 1, bias: -1.5 }, and)).toBe(1);
  expect(lineAccuracy({ w1: 1, w2: 1, bias: -0.5 }, gateDataset('or'))).toBe(1);
});

test('lineAccuracy becomes 1 − p when all three parameters flip sign, and stays when they double', () => {
  const blobs = neuronDataset('blobs', 1);
  const line = { w1: 0.7, w2: -0.2, bias: 0.3 };
  const p = lineAccuracy(line, blobs);
  // No point sits exactly on this line, so flipping swaps every answer.
  expect(lineAccuracy({ w1: -0.7, w2: 0.2, bias: -0.3 }, blobs)).toBeCloseTo(1 - p, 12);
  expect(lineAccuracy({ w1: 1.4, w2: -0.4, bias: 0.6 }, blobs)).toBe(p);
});

test('halfPlanes splits the unit square along x1 + x2 = 1 into two triangles', () => {
  const { positive, negative } = halfPlanes({ w1: 1, w2: 1, bias: -1 }, unitBox);
  expect(area(positive)).toBeCloseTo(0.5, 12);
  expect(area(negative)).toBeCloseTo(0.5, 12);
  expect(positive).toContainEqual([1, 1]);
  expect(negative).toContainEqual([0, 0]);
});

test('halfPlanes: a line outside the box or no line at all leaves one side empty', () => {
  expect(halfPlanes({ w1: 1, w2: 0, bias: 5 }, unitBox).negative).toEqual([]);
  expect(halfPlanes({ w1: 0, w2: 0, bias: -1 }, unitBox).positive).toEqual([]);
  expect(area(halfPlanes({ w1: 0, w2: 0, bias: 1 }, unitBox).positive)).toBe(1);
});

test('boundarySegment returns where the line crosses the box edges', () => {
  const segment = boundarySegment({ w1: 1, w2: 0, bias: -0.25 }, unitBox);
  expect(segment).not.toBeNull();
  const xs = segment!.map(([x]) => x);
  const ys = segment!.map(([, y]) => y).sort();
  expect(xs).toEqual([0.25, 0.25]);
  expect(ys).toEqual([0, 1]);
  expect(boundarySegment({ w1: 1, w2: 1, bias: 10 }, unitBox)).toBeNull();
});

test('neuronDataset(blobs, seed) is fixed by the seed and has 20 points per class', () => {
  const first = neuronDataset('blobs', 1);
  expect(first.count).toBe(40);
  expect(Array.from(first.targets).filter((t) => t === 1)).toHaveLength(20);
  expect(neuronDataset('blobs', 1).inputs).toEqual(first.inputs);
  expect(neuronDataset('blobs', 2).inputs).not.toEqual(first.inputs);
});

test('classifyPoint puts a point exactly on the line in class 1, as the step does at z = 0', () => {
  expect(classifyPoint({ w1: 1, w2: 1, bias: -1 }, 0, 1)).toBe(1);
  expect(classifyPoint({ w1: 1, w2: 1, bias: -1 }, 0, 0.999)).toBe(0);
  expect(countMistakes({ w1: 1, w2: 1, bias: -1 }, gateDataset('and'))).toBe(2);
});

test('boundarySegment runs corner to corner when the line is the box diagonal', () => {
  const segment = boundarySegment({ w1: 1, w2: -1, bias: 0 }, { xMin: -2, xMax: 2, yMin: -2, yMax: 2 });
  expect(segment).not.toBeNull();
  const ends = segment!.map(([x, y]) => `${x},${y}`).sort();
  expect(ends).toEqual(['-2,-2', '2,2']);
});

test('lineValueRange spans z over the box\'s corners; distanceToLevel is |z| / ‖w‖', () => {
  const line = { w1: 3, w2: -4, bias: 1 };
  expect(lineValueRange(line, { xMin: -1, xMax: 2, yMin: 0, yMax: 1 })).toEqual([-6, 7]);
  expect(distanceToLevel(line, 10)).toBe(2);
  expect(distanceToLevel(line, -10)).toBe(2);
  expect(distanceToLevel({ w1: 0, w2: 0, bias: 1 }, 1)).toBe(Infinity);
});
