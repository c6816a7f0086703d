import { expect, test } from 'vitest';
import { neuronForward, sampleActivation } from '../../../src/engine/neuron/index';

test('neuronForward(settings) gives the products, the sum and the sigmoid output worked by hand', () => {
  // The chapter's neuron: a = (0.4, −0.6, −0.8), z = 0.4 − 0.6 − 0.8 + 0.5 = −0.5, y = 1 / (1 + e^0.5).
  const steps = neuronForward({ values: [1, 2, -1], weights: [0.4, -0.3, 0.8], bias: 0.5, activation: 'sigmoid' });
  expect(steps.products[0]).toBeCloseTo(0.4, 15);
  expect(steps.products[1]).toBeCloseTo(-0.6, 15);
  expect(steps.products[2]).toBeCloseTo(-0.8, 15);
  expect(steps.z).toBeCloseTo(-0.5, 15);
  expect(steps.y).toBeCloseTo(1 / (1 + Math.exp(0.5)), 15);
  expect(steps.y).toBeCloseTo(0.3775, 4);
  expect(steps.slope).toBeCloseTo(steps.y * (1 - steps.y), 15);
});

test('neuronForward applies each activation to the same z', () => {
  const run = (activation: 'step' | 'relu' | 'tanh' | 'identity') =>
    neuronForward({ values: [1, 2, -1], weights: [0.4, -0.3, 0.8], bias: 0.5, activation }).y;
  expect(run('step')).toBe(0);
  expect(run('relu')).toBe(0);
  expect(run('tanh')).toBeCloseTo(-0.46211715726, 10);
  expect(run('identity')).toBeCloseTo(-0.5, 15);
  expect(neuronForward({ values: [2, 3], weights: [1, 1], bias: -5, activation: 'step' }).y).toBe(1);
});

test('neuronForward throws when values and weights differ in length', () => {
  expect(() => neuronForward({ values: [1, 2], weights: [1], bias: 0, activation: 'relu' })).toThrowErrorMatchingInlineSnapshot(`[EngineError: neuronForward: values has 2 entries and weights has 1; each input needs one weight]`);
});

test('sampleActivation(relu) spaces the points evenly and gives the slopes', () => {
  const { values, slopes } = sampleActivation('relu', -2, 2, 5);
  expect(values).toEqual([[-2, 0], [-1, 0], [0, 0], [1, 1], [2, 2]]);
  expect(slopes).toEqual([[-2, 0], [-1, 0], [0, 0], [1, 1], [2, 1]]);
  expect(() => sampleActivation('relu', 2, -2, 5)).toThrowErrorMatchingInlineSnapshot(`[EngineError: sampleActivation: expected from < to and an integer count ≥ 2, got [2, -2] and 5]`);
});

test('neuronForward decides step(0) = 1 when float64 rounding leaves the sum a hair below 0', () => {
  // Summed from the bias, 1 + 0.4 − 0.6 − 0.8 is −1.1e−16 in float64; the chapter's z is 0, and step(0) = 1.
  expect(Number((1 + 0.4 + -0.6 + -0.8).toPrecision(2))).toBe(-1.1e-16);
  const steps = neuronForward({ values: [1, 2, -1], weights: [0.4, -0.3, 0.8], bias: 1, activation: 'step' });
  expect(Object.is(steps.z, 0)).toBe(true);
  expect(steps.y).toBe(1);
  expect(neuronForward({ values: [1, 2, -1], weights: [0.4, -0.3, 0.8], bias: 1, activation: 'sigmoid' }).y).toBe(0.5);
  // A small sum that is no rounding noise (−1e−9) stays negative.
  expect(neuronForward({ values: [0], weights: [1], bias: -1e-9, activation: 'step' }).y).toBe(0);
});

test('neuronForward sums exactly on the decimals: 0.9999999999999 − 1 is −1e−13, not 0', () => {
  // The chapter's bias-1 example with b = 0.9999999999999: the true sum is −1e−13 and step says 0.
  const steps = neuronForward({ values: [1, 2, -1], weights: [0.4, -0.3, 0.8], bias: 0.9999999999999, activation: 'step' });
  expect(steps.z).toBe(-1e-13);
  expect(steps.y).toBe(0);
});
