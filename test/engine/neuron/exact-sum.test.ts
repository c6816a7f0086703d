import { expect, test } from 'vitest';
import { exactSignOfSum, exactWeightedSum } from '../../../src/engine/neuron/exact-sum';
import { classifyPoint, countMistakes, gateDataset } from '../../../src/engine/neuron/index';

test('w = (0.3, 0.6), b = −0.9 puts (1, 1) exactly on the line: z = 0, step(0) = 1, and AND is 4 of 4', () => {
  expect(0.3 * 1 + 0.6 * 1 + -0.9).toBeLessThan(0); // float64 says −1.1e−16
  expect(exactSignOfSum([0.3, 0.6], [1, 1], -0.9)).toBe(0);
  const line = { w1: 0.3, w2: 0.6, bias: -0.9 };
  expect(classifyPoint(line, 1, 1)).toBe(1);
  expect(countMistakes(line, gateDataset('and'))).toBe(0);
});

test('a sum a hair from 0 keeps its sign: 0.9999999999999 with the bias-1 example is −1e−13', () => {
  expect(exactSignOfSum([0.4, -0.3, 0.8], [1, 2, -1], 0.9999999999999)).toBe(-1);
  expect(exactSignOfSum([0.4, -0.3, 0.8], [1, 2, -1], 1)).toBe(0);
  expect(exactSignOfSum([0.4, -0.3, 0.8], [1, 2, -1], 1.0000000000001)).toBe(1);
  expect(exactWeightedSum([0.4, -0.3, 0.8], [1, 2, -1], 0.9999999999999)).toBe(-1e-13);
  expect(Object.is(exactWeightedSum([0.4, -0.3, 0.8], [1, 2, -1], 1), 0)).toBe(true);
});

test('far from 0 the sign is the float sign, and non-finite input falls back to floats', () => {
  expect(exactSignOfSum([2, -3], [1, 1], 0.5)).toBe(-1);
  expect(exactSignOfSum([1], [Number.POSITIVE_INFINITY], 0)).toBe(1);
  expect(exactWeightedSum([1e-300], [1e-300], 0)).toBe(0); // 1e−600 rounds to 0 as a double
});
