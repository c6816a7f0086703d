import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  Tensor,
  backward,
  binaryCrossEntropy,
  createRng,
  factorPerLayer,
  ops,
  runJob,
  type SignalsJobResult,
} from '../../../src/engine/index';
import { signalsText } from '../../../components/DeepSignals/figure';
import { DeepSignalsProps, type DeepSignalsSettings } from '../../../components/DeepSignals/schema';
import { buildSignalsSpec } from '../../../components/DeepSignals/signals-spec';

/**
 * Every number that content/chapters/initialization.mdx quotes, computed by the engine, except
 * those of the circles experiment (figure 1): its 15 000-iteration runs are trained once and
 * pinned in circles-experiment.test.ts. Each test names the sentence it backs; a change of engine
 * or data that moves a quoted number fails here first, so the prose is corrected with it.
 */

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

describe('initialization chapter: signals through 10 layers of 100 units (DeepSignals)', () => {
  // The figure's own measurement: its 'signals' job (buildSignalsSpec) on its batch of 100
  // inputs of 100 standard-normal numbers, seed 1, as the page's worker runs it. The numbers
  // quoted are of the start, so no training steps unless a test asks for them.
  function look(change: Partial<DeepSignalsSettings>) {
    const settings = { ...DeepSignalsProps.parse({}), steps: 0, ...change };
    const result = runJob(buildSignalsSpec(settings)) as SignalsJobResult;
    const twoDigits = (values: number[]) => values.map((value) => Number(value.toPrecision(2)));
    return {
      activationStd: twoDigits(result.atStart.map((layer) => layer.activations.std)),
      gradientStd: twoDigits(result.atStart.map((layer) => layer.gradients.std)),
      gradientMedian: twoDigits(result.atStart.map((layer) => layer.gradients.spread[2])),
      saturated: result.atStart.map((layer) => Math.round(100 * layer.saturatedFraction)),
      // From layer 10 down to layer 1, as the gradient travels.
      gradientFactor: factorPerLayer(result.atStart.map((layer) => layer.gradients.std).reverse()),
      text: signalsText(settings, result),
    };
  }

  // "Spread of 0.1 after one layer and 9.2 × 10⁻¹¹ after ten"; "make it 20 layers deep and the
  // spread in the last layer is 1.1 × 10⁻²⁰".
  test('tanh, small: the spread collapses tenfold per layer', () => {
    const ten = look({});
    expect([ten.activationStd[0], ten.activationStd[9]]).toEqual([0.1, 9.2e-11]);
    expect(look({ depth: 20 }).text.activations).toBe('Activations vanish, ×0.1 per layer: in layer 20 their std is 1.1 × 10⁻²⁰.');
  });

  // "The spread sits at 0.96 in every layer, and in the first layer 79 % of the activations sit
  // where tanh's slope is below 1/50"; "the median |∂L/∂z| is 1.2 × 10⁻⁶ … the standard deviation
  // grows towards the input, from 0.0018 in the tenth layer to 3.2 in the first, about × 2.3 per
  // layer".
  test('tanh, std 1: saturates; the median gradient is tiny while its std grows towards the input', () => {
    const unit = look({ init: 'unit' });
    expect(new Set(unit.activationStd)).toEqual(new Set([0.96]));
    expect(unit.saturated[0]).toBe(79);
    expect(unit.gradientMedian[0]).toBe(1.2e-6);
    expect([unit.gradientStd[9], unit.gradientStd[0]]).toEqual([0.0018, 3.2]);
    expect(unit.gradientFactor.toFixed(1)).toBe('2.3');
    expect(unit.text.gradients).toMatch(/^Most gradients vanish: in layer 1 the median \|∂L\/∂z\| is 1\.21 × 10⁻⁶/);
  });

  // "Xavier: 0.63 after one layer and 0.22 after ten … about × 0.89 per layer".
  test('tanh, Xavier: a slow fade', () => {
    const xavier = look({ init: 'xavierNormal' });
    expect([xavier.activationStd[0], xavier.activationStd[9]]).toEqual([0.63, 0.22]);
    expect(xavier.text.activations).toMatch(/^Activations shrink by ×0\.89 per layer/);
  });

  // "ReLU, std 1: 6 after one layer, 3.1 × 10⁸ after ten, about × 7.2 per layer; the training
  // steps diverge at once"; "Xavier: about × 0.72 per layer, from 0.6 to 0.031"; "He: between
  // 0.71 and 0.98 in all ten layers … the gradients' spread … stays between 0.00043 and 0.00053
  // in every layer".
  test('relu: std 1 explodes, Xavier halves the variance per layer, He keeps it', () => {
    const unit = look({ activation: 'relu', init: 'unit', steps: 20 });
    const xavier = look({ activation: 'relu', init: 'xavierNormal' });
    const he = look({ activation: 'relu', init: 'heNormal' });
    expect({
      unit: [unit.activationStd[0], unit.activationStd[9], unit.text.activations, unit.text.training.slice(0, 29)],
      xavier: [xavier.activationStd[0], xavier.activationStd[9], xavier.text.activations],
      he: [Math.min(...he.activationStd), Math.max(...he.activationStd), he.text.activations, he.text.gradients.slice(0, 38)],
    }).toMatchInlineSnapshot(`
      {
        "he": [
          0.71,
          0.98,
          "Activations stay steady: their std is between 0.7094 and 0.978 in every layer.",
          "Gradients stay steady on the way down:",
        ],
        "unit": [
          6,
          310000000,
          "Activations explode, ×7.2 per layer: in layer 10 their std is 3.06 × 10⁸.",
          "Training diverged at step 1: ",
        ],
        "xavier": [
          0.6,
          0.031,
          "Activations shrink by ×0.72 per layer: in layer 10 their std is 0.03056.",
        ],
      }
    `);
    expect([Math.min(...he.gradientStd), Math.max(...he.gradientStd)]).toEqual([0.00043, 0.00053]);
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
