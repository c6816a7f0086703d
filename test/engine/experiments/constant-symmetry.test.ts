import { describe, expect, test } from 'vitest';
import { Mlp, createRng, largestRowDifference, makeCircles, mlp, perturbed, train, unitRows, type ActivationName } from '../../../src/engine/index';

/**
 * Symmetry under a constant start: 2 → hidden → 1 (sigmoid), mean BCE, full-batch gradient
 * descent η = 0.5 on 200 circles (noise 0.05, factor 0.5, seed 1), every weight 0.5, biases 0.
 * Row o of the first layer is (W[o][0], W[o][1], b[o]) (the engine's unitRows).
 */
const data = makeCircles({ count: 200, noise: 0.05, factor: 0.5 }, createRng(1));

function constantModel(hidden: number, activation: ActivationName): Mlp {
  return new Mlp(mlp([2, hidden, 1], { hidden: activation, output: 'sigmoid', init: { kind: 'constant', value: 0.5 } })).initializeInPlace(createRng(1));
}

/** The largest gap between the same entry of two hidden rows: 0 exactly when all rows are the same bits. */
function largestRowGap(parameters: Float64Array, hidden: number): number {
  return largestRowDifference(unitRows(mlp([2, hidden, 1]), parameters, 0));
}

function trainSteps(model: Mlp, steps: number, onStep?: (parameters: Float64Array) => void) {
  return train(model, data, {
    loss: 'bce',
    optimizer: { kind: 'sgd', learningRate: 0.5 },
    batch: { kind: 'full' },
    steps,
    reportEvery: 1,
    onProgress: (progress) => onStep?.(progress.parameters),
  });
}

describe('a constant start keeps the hidden rows identical until a perturbation', { timeout: 120_000 }, () => {
  test('train(): from the constant 0.5, the 6 rows are bit-identical before every one of 2000 steps and after the last', () => {
    const model = constantModel(6, 'tanh');
    let largestSeen = 0;
    const result = trainSteps(model, 2000, (parameters) => {
      largestSeen = Math.max(largestSeen, largestRowGap(parameters, 6));
    });
    expect(largestSeen).toBe(0);
    expect(largestRowGap(model.parameters, 6)).toBe(0);
    // The rows did move (together): training is not standing still.
    expect(model.parameters[0]).not.toBe(0.5);
    expect(result.finalLoss).toMatchInlineSnapshot(`0.6221284211120383`);
  });

  test.each([
    [2, 'tanh'],
    [10, 'tanh'],
    [3, 'relu'],
    [10, 'relu'],
  ] as const)('train(): %i %s units from the constant stay bit-identical for 300 steps', (hidden, activation) => {
    const model = constantModel(hidden, activation);
    trainSteps(model, 300);
    expect(largestRowGap(model.parameters, hidden)).toBe(0);
  });

  test('perturbed(…, 0.001, seed 1) at the start: the rows differ by 0.00x at once and by 6.158 after 2000 steps', () => {
    const model = constantModel(6, 'tanh');
    model.parameters.set(perturbed(model.parameters, 0.001, createRng(1)));
    const atStart = largestRowGap(model.parameters, 6);
    expect(atStart).toBeGreaterThan(0);
    expect(atStart).toBeLessThan(0.01);
    const result = trainSteps(model, 2000);
    expect(largestRowGap(model.parameters, 6)).toMatchInlineSnapshot(`6.158313535072013`);
    expect(result.finalLoss).toMatchInlineSnapshot(`0.03270587282021915`);
  });
});
