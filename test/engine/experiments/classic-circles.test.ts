import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { Mlp } from '../../../src/engine/model/mlp-model';
import { mlp } from '../../../src/engine/layers/sequential';
import { train } from '../../../src/engine/train/train';
import { pointDataset, type Dataset } from '../../../src/engine/data/dataset';
import { TrainingSession } from '../../../src/engine/train/training-session';
import { numpyStyleBceCost } from '../../../src/engine/losses/numpy-style-bce-cost';

interface Fixture {
  train_X: number[][];
  train_Y: number[];
  test_X: number[][];
  test_Y: number[];
  initial_weights: Record<Scheme, { W1: number[][]; W2: number[][]; W3: number[][] }>;
  expected: Record<
    Scheme,
    {
      iterations: number[];
      cost_stable: number[];
      cost_course_nansum: (number | 'inf')[];
      final_cost_stable: number;
      train_acc: number;
      test_acc: number;
    }
  >;
}
type Scheme = 'zeros' | 'he' | 'large';

const fixture = JSON.parse(
  readFileSync(new URL('../../fixtures/classic-circles.json', import.meta.url), 'utf8'),
) as Fixture;

/** The fixture stores X as [feature][example]; the engine wants one row per example. */
function toRows(x: number[][], y: number[]): Dataset {
  return pointDataset(x[0], x[1], y);
}

/**
 * The course predicted 1 only when the output is strictly above 0.5, while the engine's
 * `accuracy` counts 0.5 as 1; with zero weights every output is exactly 0.5, so the
 * fixture's convention is kept here.
 */
function accuracyOf(model: Mlp, data: Dataset): number {
  const outputs = model.predict(data.inputs, data.count);
  let correct = 0;
  for (let i = 0; i < data.count; i++) if ((outputs[i] > 0.5 ? 1 : 0) === data.targets[i]) correct++;
  return correct / data.count;
}

/** The exercise's training: full-batch gradient descent at η = 0.01 for 15 000 steps, the cost read every 1000. */
const EXERCISE_TRAINING = {
  loss: 'bce',
  optimizer: { kind: 'sgd', learningRate: 0.01 },
  batch: { kind: 'full' },
  steps: 15000,
  reportEvery: 1000,
} as const;

/** The exercise's network [2, 10, 5, 1] with the fixture's starting weights for `scheme` (biases zero). */
function startingModel(scheme: Scheme): Mlp {
  const model = new Mlp(mlp([2, 10, 5, 1], { hidden: 'relu', output: 'sigmoid' }));
  const weights = fixture.initial_weights[scheme];
  [weights.W1, weights.W2, weights.W3].forEach((w, i) => model.setLayer(i, { weights: w }));
  return model;
}

function runScheme(scheme: Scheme) {
  const model = startingModel(scheme);
  const trainData = toRows(fixture.train_X, fixture.train_Y);
  const costs: number[] = [];
  const result = train(model, trainData, {
    ...EXERCISE_TRAINING,
    onProgress: (p) => {
      if (p.step % 1000 === 0) costs.push(p.loss);
    },
  });
  const testData = toRows(fixture.test_X, fixture.test_Y);
  return { result, costs, trainAcc: accuracyOf(model, trainData), testAcc: accuracyOf(model, testData) };
}

describe('the classic circles exercise, from the fixture weights', () => {
  // Agreement is stated as absolute error on the cost (costs are of order 0.1 to 1); measured: 1.5e-15 at most.
  test.each(['he', 'zeros'] as const)('%s: costs every 1000 iterations agree to 1e-12', (scheme) => {
    const expected = fixture.expected[scheme];
    const { result, costs, trainAcc, testAcc } = runScheme(scheme);
    expect(result.status).toBe('completed');
    expect(costs).toHaveLength(expected.cost_stable.length);
    costs.forEach((cost, i) => expect(Math.abs(cost - expected.cost_stable[i])).toBeLessThan(1e-12));
    expect(Math.abs(result.finalLoss - expected.final_cost_stable)).toBeLessThan(1e-12);
    expect(trainAcc).toBe(expected.train_acc);
    expect(testAcc).toBe(expected.test_acc);
  });

  // The run is chaotic: rounding differences (the order of sums) shift when the cost drops
  // from 0.54 to 0.40, so at iteration 7000, mid-drop, the curves differ by 0.0101. Elsewhere
  // they agree to 1e-3, and the final cost to 1e-4.
  test('large: finite first cost from the stable loss, curve to 1e-3 off the drop, same accuracies', () => {
    const expected = fixture.expected.large;
    const { result, costs, trainAcc, testAcc } = runScheme('large');
    expect(Math.abs(costs[0] - expected.cost_stable[0]) / expected.cost_stable[0]).toBeLessThan(1e-12);
    const errors = costs.map((cost, i) => Math.abs(cost - expected.cost_stable[i]));
    expect(errors.filter((error) => error > 1e-3)).toHaveLength(1);
    expect(Math.max(...errors)).toBeLessThan(0.02);
    expect(Math.abs(result.finalLoss - expected.final_cost_stable)).toBeLessThan(1e-4);
    expect(trainAcc).toBe(expected.train_acc);
    expect(testAcc).toBe(expected.test_acc);
  });

  /**
   * The engine's own run, with each printed cost computed the way the exercise printed it
   * (numpyStyleBceCost of the step's outputs). Zeros: all 15 are the fixture's numbers, bit for
   * bit (the stable loss, summed in order and divided by m, reads 0.6931471805599467). He: the
   * costs at 0, 1000, 2000 and 4000 are; the others differ by 1 to 7 ulps, because the run
   * itself differs from NumPy's in the last bits (its products and gradients add in another
   * order), not because of how the cost is computed.
   */
  test.each([
    ['zeros', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]],
    ['he', [0, 1, 2, 4]],
  ] as const)('%s: the costs computed the exercise’s way are the fixture’s, bit for bit, at iterations × 1000 = %j', (scheme, same) => {
    const printed = fixture.expected[scheme].cost_course_nansum.map(Number);
    const costs = exerciseCosts(scheme);
    const identical = costs.flatMap((cost, i) => (cost === printed[i] ? [i] : []));
    expect(identical).toEqual(same);
    costs.forEach((cost, i) => expect(Math.abs(cost - printed[i]) / printed[i]).toBeLessThan(1e-15));
  });
});

/** The engine's run from the fixture's weights, its printed costs computed the NumPy exercise's way. */
function exerciseCosts(scheme: Scheme): number[] {
  const data = toRows(fixture.train_X, fixture.train_Y);
  const costs: number[] = [];
  const session = new TrainingSession(startingModel(scheme), data, {
    ...EXERCISE_TRAINING,
    onProgress: (p) => {
      if (p.step % 1000 === 0) costs.push(numpyStyleBceCost(session.program.outputs, session.program.targets, data.count));
    },
  });
  session.advance(15000);
  return costs;
}
