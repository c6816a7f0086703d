import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  Mlp,
  Tensor,
  accuracy,
  backward,
  binaryCrossEntropy,
  createRng,
  makeCircles,
  mlp,
  ops,
  train,
  type InitSpec,
} from '../../../src/engine/index';

/**
 * Every number that content/chapters/initialization.mdx quotes from an experiment, computed
 * by the engine. Each test names the sentence it backs; a change of engine or data that moves
 * a quoted number fails here first, so the prose is corrected with it.
 */

/** The experiment of figure 1 on our own seeded circles, as init-experiment.test.ts runs it. */
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
  const row = {
    firstCost: Number(firstCost.toPrecision(5)),
    finalCost: Number(result.finalLoss.toFixed(4)),
    trainPercent: Number((100 * accuracy(model.predict(trainData.inputs, 300), trainData.targets)).toFixed(1)),
    testPercent: Number((100 * accuracy(model.predict(testData.inputs, 100), testData.targets)).toFixed(1)),
  };
  return { row, model, trainData, finalCost: result.finalLoss };
}

/** Largest absolute difference between any two rows of layer `index`'s weights. */
function largestRowDifference(model: Mlp, index: number): number {
  const slot = model.layout.slots[index];
  const { inputSize, outputSize } = model.spec.layers[index];
  let largest = 0;
  for (let row = 1; row < outputSize; row++) {
    for (let col = 0; col < inputSize; col++) {
      const first = model.parameters[slot.weightOffset + col];
      const other = model.parameters[slot.weightOffset + row * inputSize + col];
      largest = Math.max(largest, Math.abs(other - first));
    }
  }
  return largest;
}

function standardDeviation(values: Float64Array): number {
  let sum = 0;
  let sumOfSquares = 0;
  for (const value of values) {
    sum += value;
    sumOfSquares += value * value;
  }
  const mean = sum / values.length;
  return Math.sqrt(sumOfSquares / values.length - mean * mean);
}

describe('initialization chapter: the worked example by hand', () => {
  // "A worked example": [2, 2, 1], every weight 0.5, no biases, ReLU hidden, sigmoid output,
  // x = (1, 2), t = 1. Both hidden units give 1.5, y = σ(1.5) ≈ 0.8176, and the two rows of
  // W receive the same gradient (−0.0912, −0.1824).
  test('both hidden units compute the same and receive the same gradient', () => {
    const x = Tensor.from([[1, 2]]);
    const hiddenWeights = Tensor.full([2, 2], 0.5).asParameter(); // [inputs, units]: column j is unit j
    const outputWeights = Tensor.full([2, 1], 0.5).asParameter();
    const hidden = ops.relu(ops.matmul(x, hiddenWeights));
    const y = ops.sigmoid(ops.matmul(hidden, outputWeights));
    const loss = binaryCrossEntropy(y, Tensor.from([[1]]));
    backward(loss);
    const round = (values: ArrayLike<number>) => Array.from(values, (v) => Number(v.toFixed(4)));
    expect({
      hidden: round(hidden.data),
      y: round(y.data),
      loss: round(loss.data),
      outputGradient: round(outputWeights.grad ?? []),
      hiddenGradientByInput: round(hiddenWeights.grad ?? []),
    }).toMatchInlineSnapshot(`
      {
        "hidden": [
          1.5,
          1.5,
        ],
        "hiddenGradientByInput": [
          -0.0912,
          -0.0912,
          -0.1824,
          -0.1824,
        ],
        "loss": [
          0.2014,
        ],
        "outputGradient": [
          -0.2736,
          -0.2736,
        ],
        "y": [
          0.8176,
        ],
      }
    `);
  });
});

describe('initialization chapter: figure 1 on seeded circles (seed 1)', { timeout: 180_000 }, () => {
  // "With every weight zero … the cost is ln 2 at the first iteration and at the last, no
  // weight moves, and accuracy is 50 % on both sets"; "150 of the 300 training points are 1";
  // "rounding leaves the output bias at 6.5 × 10⁻¹⁷ after 15 000 steps, and every output
  // still rounds to exactly 0.5".
  test('zeros: cost ln 2 throughout, every weight still exactly zero, 50 % and 50 %', () => {
    const { row, model, trainData, finalCost } = runExperiment({ kind: 'zeros' }, 1);
    expect(Math.abs(finalCost - Math.LN2)).toBeLessThan(1e-14);
    const outputBias = model.parameters[model.parameters.length - 1];
    expect(model.parameters.subarray(0, -1).every((value) => value === 0)).toBe(true);
    expect(outputBias.toPrecision(2)).toBe('6.5e-17');
    expect(model.predict(trainData.inputs, 300).every((output) => output === 0.5)).toBe(true);
    expect(trainData.targets.reduce((total, t) => total + t, 0)).toBe(150);
    expect(row).toMatchInlineSnapshot(`
      {
        "finalCost": 0.6931,
        "firstCost": 0.69315,
        "testPercent": 50,
        "trainPercent": 50,
      }
    `);
  });

  // "Every weight 0.5 … after 15 000 iterations the ten rows of the first layer are still
  // identical to the last bit, and the network is right on 58.7 % of the training points."
  test('constant 0.5: rows of every hidden layer identical after training, near-chance accuracy', () => {
    const { row, model } = runExperiment({ kind: 'constant', value: 0.5 }, 1);
    expect([largestRowDifference(model, 0), largestRowDifference(model, 1)]).toEqual([0, 0]);
    expect(row).toMatchInlineSnapshot(`
      {
        "finalCost": 0.6407,
        "firstCost": 1.7974,
        "testPercent": 55,
        "trainPercent": 58.7,
      }
    `);
  });

  // The table "Seed 1 on our circles": small ×0.01, large ×10, LeCun, Xavier, He.
  test('random schemes: final cost and accuracies of the table', () => {
    const schemes: Record<string, InitSpec> = {
      small: { kind: 'normal', mean: 0, std: 0.01 },
      large: { kind: 'normal', mean: 0, std: 10 },
      lecun: { kind: 'lecunNormal' },
      xavier: { kind: 'xavierNormal' },
      he: { kind: 'heNormal' },
    };
    const rows = Object.fromEntries(Object.entries(schemes).map(([name, spec]) => [name, runExperiment(spec, 1).row]));
    expect(rows).toMatchInlineSnapshot(`
      {
        "he": {
          "finalCost": 0.0673,
          "firstCost": 0.80124,
          "testPercent": 98,
          "trainPercent": 98.7,
        },
        "large": {
          "finalCost": 0.2184,
          "firstCost": 1557.7,
          "testPercent": 85,
          "trainPercent": 89,
        },
        "lecun": {
          "finalCost": 0.0862,
          "firstCost": 0.69688,
          "testPercent": 98,
          "trainPercent": 98.3,
        },
        "small": {
          "finalCost": 0.6931,
          "firstCost": 0.69315,
          "testPercent": 51,
          "trainPercent": 53.3,
        },
        "xavier": {
          "finalCost": 0.0886,
          "firstCost": 0.69384,
          "testPercent": 98,
          "trainPercent": 98.7,
        },
      }
    `);
  });
});

describe('initialization chapter: the classic exercise as published', () => {
  interface Published {
    cost_course_nansum: (number | string)[];
    iterations: number[];
    train_acc: number;
    test_acc: number;
  }
  const fixture = JSON.parse(readFileSync(new URL('../../fixtures/classic-circles.json', import.meta.url), 'utf8')) as {
    expected: Record<'zeros' | 'large' | 'he', Published>;
    initial_weights: Record<'large' | 'he', { W1: number[][]; W2: number[][]; W3: number[][] }>;
  };

  // "The classic exercise printed … zeros 0.6931471805599453, 50 %, 50 %; large ≈ 0.383, 83 %,
  // 86 %; He ≈ 0.0736, 99.3 %, 96 %" (the cost printed at iteration 14 000, its last print).
  test('the printed cost at iteration 14 000 and the accuracies', () => {
    const printed = Object.fromEntries(
      (['zeros', 'large', 'he'] as const).map((scheme) => {
        const published = fixture.expected[scheme];
        const last = published.iterations.length - 1;
        return [
          scheme,
          {
            iteration: published.iterations[last],
            cost: published.cost_course_nansum[last],
            trainPercent: Number((100 * published.train_acc).toFixed(1)),
            testPercent: 100 * published.test_acc,
          },
        ];
      }),
    );
    expect(printed).toMatchInlineSnapshot(`
      {
        "he": {
          "cost": 0.07357895962677366,
          "iteration": 14000,
          "testPercent": 96,
          "trainPercent": 99.3,
        },
        "large": {
          "cost": 0.3827636262129651,
          "iteration": 14000,
          "testPercent": 86,
          "trainPercent": 83,
        },
        "zeros": {
          "cost": 0.6931471805599453,
          "iteration": 14000,
          "testPercent": 50,
          "trainPercent": 50,
        },
      }
    `);
  });

  // "Its large run printed inf as its first cost: a saturated sigmoid gave exactly 0 or 1".
  test('the large run printed an infinite first cost', () => {
    expect(fixture.expected.large.cost_course_nansum[0]).toBe('inf');
  });

  // "Its large and He weights are the same draws, multiplied by 10 and by √(2/n_in)": the ratio
  // large / He is 10 / √(2/n_in) in every layer (n_in = 2, 10, 5).
  test('large and He start from the same standard-normal draws', () => {
    const ratios = (['W1', 'W2', 'W3'] as const).map((name) => {
      const large = fixture.initial_weights.large[name].flat();
      const he = fixture.initial_weights.he[name].flat();
      const each = large.map((value, i) => value / he[i]);
      return Math.max(...each) - Math.min(...each) < 1e-9 ? Number(each[0].toFixed(4)) : NaN;
    });
    expect(ratios).toEqual([10, 10 / Math.sqrt(2 / 10), 10 / Math.sqrt(2 / 5)].map((r) => Number(r.toFixed(4))));
  });
});

describe('initialization chapter: signals through 10 layers of 100 units', () => {
  // Inputs: 500 rows of 100 standard-normal numbers (seed 99). For each depth d the network
  // is the first d layers of one seeded draw (biases zero draw nothing, so a shallower model
  // from the same seed holds the same first layers).
  const width = 100;
  const rows = 500;
  const inputs = Tensor.randn([rows, width], createRng(99)).data;
  function activationStds(activation: 'tanh' | 'relu', init: InitSpec): number[] {
    return Array.from({ length: 10 }, (_, i) => {
      const sizes = Array.from({ length: i + 2 }, () => width);
      const model = new Mlp(mlp(sizes, { hidden: activation, output: activation, init })).initializeInPlace(createRng(1));
      return Number(standardDeviation(model.predict(inputs, rows)).toPrecision(2));
    });
  }

  // "With N(0, 0.01²) weights each tanh layer divides the spread by 10: 0.1 after one layer,
  // about 10⁻¹⁰ after ten"; "N(0, 1): every unit saturates, the spread sits at 0.96";
  // "Xavier: 0.63 after one layer, 0.22 after ten, a slow fade, not a collapse".
  test('tanh: small collapses, N(0, 1) saturates, Xavier fades slowly', () => {
    expect({
      small: activationStds('tanh', { kind: 'normal', mean: 0, std: 0.01 }),
      standard: activationStds('tanh', { kind: 'normal', mean: 0, std: 1 }),
      xavier: activationStds('tanh', { kind: 'xavierNormal' }),
    }).toMatchInlineSnapshot(`
      {
        "small": [
          0.1,
          0.01,
          0.00098,
          0.000096,
          0.0000095,
          9.5e-7,
          9.5e-8,
          9.5e-9,
          9.4e-10,
          9.5e-11,
        ],
        "standard": [
          0.96,
          0.96,
          0.96,
          0.96,
          0.96,
          0.96,
          0.96,
          0.96,
          0.96,
          0.96,
        ],
        "xavier": [
          0.63,
          0.49,
          0.4,
          0.35,
          0.31,
          0.28,
          0.26,
          0.25,
          0.23,
          0.22,
        ],
      }
    `);
  });

  // "ReLU with Xavier (here 1/100, the same as LeCun): the spread shrinks by about √2 per
  // layer, 0.59 to 0.030; with He it stays between 0.7 and 1; N(0, 1) reaches 3 × 10⁸."
  test('relu: Xavier halves the variance per layer, He keeps it, N(0, 1) explodes', () => {
    expect({
      xavier: activationStds('relu', { kind: 'xavierNormal' }),
      he: activationStds('relu', { kind: 'heNormal' }),
      standard: activationStds('relu', { kind: 'normal', mean: 0, std: 1 }),
    }).toMatchInlineSnapshot(`
      {
        "he": [
          0.84,
          0.83,
          0.79,
          0.75,
          0.75,
          0.7,
          0.81,
          0.78,
          0.86,
          0.97,
        ],
        "standard": [
          5.9,
          42,
          280,
          1900,
          13000,
          88000,
          720000,
          4900000,
          38000000,
          300000000,
        ],
        "xavier": [
          0.59,
          0.42,
          0.28,
          0.19,
          0.13,
          0.088,
          0.072,
          0.049,
          0.038,
          0.03,
        ],
      }
    `);
  });
});

describe('initialization chapter: two facts about draws', () => {
  // "E[relu(z)²] = Var(z)/2: on 100 000 standard-normal draws the engine finds 0.501 of E[z²]."
  test('relu keeps half of the second moment of a symmetric input', () => {
    const z = Tensor.randn([1, 100_000], createRng(5)).data;
    const kept = ops.relu(new Tensor([1, z.length], z)).data;
    const moment = (values: Float64Array) => values.reduce((total, v) => total + v * v, 0);
    expect(Number((moment(kept) / moment(z)).toFixed(3))).toMatchInlineSnapshot(`0.501`);
  });

  // "Our engine's truncatedNormal(0, σ) re-draws beyond ±2σ and does not rescale, so its draws
  // spread 0.8796 σ": the sample of 200 000 draws agrees to three decimals.
  test('truncatedNormal(0, 1) has standard deviation 0.8796, not 1', () => {
    const rng = createRng(3);
    const draws = Float64Array.from({ length: 200_000 }, () => rng.truncatedNormal(0, 1));
    expect(Math.abs(standardDeviation(draws) - 0.87962566)).toBeLessThan(1e-3);
  });
});
