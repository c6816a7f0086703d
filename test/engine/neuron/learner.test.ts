import { expect, test } from 'vitest';
import {
  createLearner,
  currentMistakes,
  gateDataset,
  hasSettled,
  learnStepInPlace,
  meanCrossEntropy,
  nextExample,
} from '../../../src/engine/neuron/index';

const perceptron = { rule: 'perceptron', learningRate: 0.1, seed: 1 } as const;

test('learnStepInPlace(perceptron) from zero: z = 0 says 1, so a target-0 corner pulls the line by −η x', () => {
  const state = createLearner(gateDataset('and'), perceptron);
  const example = nextExample(state);
  learnStepInPlace(state);
  const x1 = example >> 1; // the corners are (0,0), (0,1), (1,0), (1,1) in that order
  const x2 = example & 1;
  const target = x1 & x2;
  const error = target - 1;
  expect(state.last).toEqual({ example, output: 1, target, wasMistake: error !== 0 });
  expect(state.line.w1).toBeCloseTo(0.1 * error * x1, 15);
  expect(state.line.w2).toBeCloseTo(0.1 * error * x2, 15);
  expect(state.line.bias).toBeCloseTo(0.1 * error, 15);
});

test('learnStepInPlace(gradient) from zero: y = ½, so every weight moves by −η (½ − t) x', () => {
  const state = createLearner(gateDataset('or'), { rule: 'gradient', learningRate: 0.5, seed: 3 });
  const example = nextExample(state);
  learnStepInPlace(state);
  const x1 = example >> 1;
  const x2 = example & 1;
  const target = x1 | x2;
  expect(state.last?.output).toBe(0.5);
  expect(state.line.w1).toBeCloseTo(-0.5 * (0.5 - target) * x1, 15);
  expect(state.line.w2).toBeCloseTo(-0.5 * (0.5 - target) * x2, 15);
  expect(state.line.bias).toBeCloseTo(-0.5 * (0.5 - target), 15);
});

test('the perceptron learns AND with seed 1 and then stops moving (decided in exact arithmetic: 40 steps, not the 36 a rounding error gave)', () => {
  const state = createLearner(gateDataset('and'), perceptron);
  while (!hasSettled(state) && state.steps < 1000) learnStepInPlace(state);
  expect(hasSettled(state)).toBe(true);
  expect(currentMistakes(state)).toBe(0);
  expect({ steps: state.steps, passes: state.passes }).toMatchInlineSnapshot(`
    {
      "passes": 10,
      "steps": 40,
    }
  `);
  const settled = state.line;
  for (let i = 0; i < 40; i++) learnStepInPlace(state);
  expect(state.line).toEqual(settled);
});

test('the perceptron learns OR and never settles on XOR', () => {
  const or = createLearner(gateDataset('or'), perceptron);
  while (!hasSettled(or) && or.steps < 1000) learnStepInPlace(or);
  expect(hasSettled(or)).toBe(true);
  const xor = createLearner(gateDataset('xor'), perceptron);
  for (let pass = 0; pass < 500; pass++) {
    for (let i = 0; i < 4; i++) learnStepInPlace(xor);
    expect(xor.lastPassMistakes).toBeGreaterThan(0);
  }
  expect(hasSettled(xor)).toBe(false);
});

test('gradient descent on one sigmoid neuron lowers the AND loss and gets every corner right', () => {
  const state = createLearner(gateDataset('and'), { rule: 'gradient', learningRate: 0.5, seed: 1 });
  const before = meanCrossEntropy(state.line, state.dataset);
  expect(before).toBeCloseTo(Math.LN2, 15);
  for (let i = 0; i < 2000; i++) learnStepInPlace(state);
  expect(currentMistakes(state)).toBe(0);
  expect(meanCrossEntropy(state.line, state.dataset)).toBeLessThan(0.2);
  expect(hasSettled(state)).toBe(false);
});

test('the same seed replays the same steps; another seed visits the corners in another order', () => {
  const run = (seed: number) => {
    const state = createLearner(gateDataset('xor'), { ...perceptron, seed });
    const visited: number[] = [];
    for (let i = 0; i < 12; i++) {
      learnStepInPlace(state);
      visited.push(state.last!.example);
    }
    return { visited, line: state.line };
  };
  expect(run(7)).toEqual(run(7));
  expect(run(7).visited).not.toEqual(run(8).visited);
});

test('a perceptron decides on its whole-number totals: z = 0 at a corner counts as 1 whatever η rounds to', () => {
  // Sums of multiples of 0.1 that are 0 in exact arithmetic need not be 0 in float64; the
  // whole-number totals are exact, and line = 0.1 × totals with one rounding per number.
  expect(0.1 + 0.2 - 0.3).not.toBe(0);
  const state = createLearner(gateDataset('and'), perceptron);
  while (!hasSettled(state)) {
    learnStepInPlace(state);
    expect(state.line.w1).toBe(0.1 * state.totals.w1);
    expect(state.line.bias).toBe(0.1 * state.totals.bias);
    expect(Number.isInteger(state.totals.w1) && Number.isInteger(state.totals.w2) && Number.isInteger(state.totals.bias)).toBe(true);
  }
  expect(state.totals).toEqual({ w1: 1, w2: 2, bias: -3 });
  expect(currentMistakes(state)).toBe(0);
});

test('isShuffled: false visits the points in dataset order every pass', () => {
  const state = createLearner(gateDataset('or'), { ...perceptron, isShuffled: false });
  const visited: number[] = [];
  for (let i = 0; i < 8; i++) {
    visited.push(nextExample(state));
    learnStepInPlace(state);
  }
  expect(visited).toEqual([0, 1, 2, 3, 0, 1, 2, 3]);
});

test('createLearner throws on a learning rate that is not positive', () => {
  expect(() => createLearner(gateDataset('and'), { ...perceptron, learningRate: 0 })).toThrowErrorMatchingInlineSnapshot(`[EngineError: createLearner: learningRate must be a finite number > 0, got 0]`);
});
