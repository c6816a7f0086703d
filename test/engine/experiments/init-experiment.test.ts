import { describe, expect, test } from 'vitest';
import { Mlp, accuracy, createRng, makeCircles, mlp, train, type InitSpec } from '../../../src/engine/index';

/**
 * The initialization experiment on our own data: one Rng per seed draws the
 * 300 training circles, then the 100 test circles, then the weights. Network
 * [2, 10, 5, 1] relu/relu/sigmoid, mean BCE, full-batch GD lr 0.01, 15 000 steps.
 */
function runExperiment(init: InitSpec, seed: number) {
  const rng = createRng(seed);
  const trainData = makeCircles({ count: 300, noise: 0.05, factor: 0.8 }, rng);
  const testData = makeCircles({ count: 100, noise: 0.05, factor: 0.8 }, rng);
  const model = new Mlp(mlp([2, 10, 5, 1], { hidden: 'relu', output: 'sigmoid', init })).initializeInPlace(rng);
  let firstCost = NaN;
  const result = train(model, trainData, {
    loss: 'bce',
    optimizer: { kind: 'sgd', learningRate: 0.01 },
    batch: { kind: 'full' },
    steps: 15000,
    reportEvery: 15000,
    onProgress: (p) => {
      if (p.step === 0) firstCost = p.loss;
    },
  });
  return {
    firstCost,
    finalCost: result.finalLoss,
    trainAccuracy: accuracy(model.predict(trainData.inputs, 300), trainData.targets),
    testAccuracy: accuracy(model.predict(testData.inputs, 100), testData.targets),
  };
}

// Each run is 15 000 full-batch steps (about a second); He runs are shared between tests.
const heRuns: ReturnType<typeof runExperiment>[] = [];
function heRun(seed: number) {
  heRuns[seed] ??= runExperiment({ kind: 'heNormal' }, seed);
  return heRuns[seed];
}

describe('the initialization experiment on seeded circles', { timeout: 120_000 }, () => {
  test('zeros: the cost stays ln 2 and accuracy is exactly 50 %', () => {
    const run = runExperiment({ kind: 'zeros' }, 1);
    expect(Math.abs(run.firstCost - Math.LN2)).toBeLessThan(1e-12);
    expect(Math.abs(run.finalCost - Math.LN2)).toBeLessThan(1e-12);
    expect(run.trainAccuracy).toBe(0.5);
    expect(run.testAccuracy).toBe(0.5);
  });

  test('He: train accuracy ≥ 95 % for at least 4 of seeds 1 to 5, and seed 1 pinned', () => {
    const runs = [1, 2, 3, 4, 5].map(heRun);
    expect(runs.filter((run) => run.trainAccuracy >= 0.95).length).toBeGreaterThanOrEqual(4);
    expect(runs.map((run) => run.trainAccuracy)).toMatchInlineSnapshot(`
      [
        0.9866666666666667,
        0.9766666666666667,
        0.9633333333333334,
        0.9933333333333333,
        0.97,
      ]
    `);
    expect(runs[0]).toMatchInlineSnapshot(`
      {
        "finalCost": 0.06731239515652158,
        "firstCost": 0.8012379437893301,
        "testAccuracy": 0.98,
        "trainAccuracy": 0.9866666666666667,
      }
    `);
  });

  test('large (normal × 10): clearly worse than He, seed 1 pinned', () => {
    const large = runExperiment({ kind: 'normal', mean: 0, std: 10 }, 1);
    const he = heRun(1);
    expect(large.firstCost).toBeGreaterThan(10 * he.firstCost);
    expect(large.finalCost).toBeGreaterThan(2 * he.finalCost);
    expect(large.trainAccuracy).toBeLessThan(he.trainAccuracy);
    expect(large).toMatchInlineSnapshot(`
      {
        "finalCost": 0.21840355335767744,
        "firstCost": 1557.7025148426258,
        "testAccuracy": 0.85,
        "trainAccuracy": 0.89,
      }
    `);
  });
});
