import { describe, expect, test } from 'vitest';
import { Adam, RmsProp, Sgd, createOptimizer, withLearningRate } from '../../../src/engine/index';
import { expectClose, trace } from './trace';

const VARYING = [
  [0.5, -1],
  [0.25, 2],
  [-1, 0.5],
];

describe('Sgd', () => {
  test('step() without momentum is p − lr·g', () => {
    expectClose(trace(new Sgd({ kind: 'sgd', learningRate: 0.1 }, 2), [[0.5, -1]]), [[0.95, -1.9]]);
  });

  test('step() with momentum 0.9 follows v ← μv + g, p ← p − lr·v for three steps', () => {
    // v = (0.5, −1), (0.95, −1.9), (1.355, −2.71).
    const sgd = new Sgd({ kind: 'sgd', learningRate: 0.1, momentum: 0.9 }, 2);
    expectClose(trace(sgd, [[0.5, -1], [0.5, -1], [0.5, -1]]), [
      [0.95, -1.9],
      [0.855, -1.71],
      [0.7195, -1.439],
    ]);
  });

  test('step() with Nesterov moves by lr·(g + μv)', () => {
    // v = g = (0.5, −1); g + μv = (0.95, −1.9).
    const sgd = new Sgd({ kind: 'sgd', learningRate: 0.1, momentum: 0.9, nesterov: true }, 2);
    expectClose(trace(sgd, [[0.5, -1]]), [[0.905, -1.81]]);
  });

  test('step() adds weight decay λp to the gradient before momentum', () => {
    // g + λp = (0.5 + 0.1, −1 − 0.2) = (0.6, −1.2).
    const sgd = new Sgd({ kind: 'sgd', learningRate: 0.1, momentum: 0.9, weightDecay: 0.1 }, 2);
    expectClose(trace(sgd, [[0.5, -1]]), [[0.94, -1.88]]);
  });

  test('reset() forgets the velocity', () => {
    const sgd = new Sgd({ kind: 'sgd', learningRate: 0.1, momentum: 0.9 }, 2);
    trace(sgd, [[0.5, -1]]);
    sgd.reset();
    expectClose(trace(sgd, [[0.5, -1]]), [[0.95, -1.9]]);
  });
});

describe('RmsProp', () => {
  test('step() follows v ← αv + (1 − α)g², p ← p − lr·g/(√v + ε) for three steps', () => {
    // Step 1: v = 0.01·0.25 = 0.0025, √v = 0.05, so each parameter moves by lr·|g|/0.05 = 0.1.
    const rms = new RmsProp({ kind: 'rmsprop', learningRate: 0.01 }, 2);
    expectClose(
      trace(rms, VARYING),
      [
        [0.900000019999996, -1.900000009999999],
        [0.855098702557817, -1.9895323021991522],
        [0.9425726616071326, -2.0114796538632556],
      ],
      1e-13,
    );
  });
});

describe('Adam', () => {
  test('step() at t = 1 is corrected to a step of lr·g/(|g| + ε)', () => {
    // Uncorrected m = 0.1·g and v = 0.001·g² would give 0.1·g/(√0.001·|g|) ≈ 3.16 lr; the correction makes it lr.
    const adam = new Adam({ kind: 'adam', learningRate: 0.1 }, 2);
    const [first] = trace(adam, [[0.5, -1]]);
    expect(Math.abs(first[0] - (1 - (0.1 * 0.5) / (0.5 + 1e-8)))).toBeLessThan(1e-15);
    expect(Math.abs(first[1] - (-2 + (0.1 * 1) / (1 + 1e-8)))).toBeLessThan(1e-15);
    expectClose([first], [[0.9000000019999999, -1.900000001]]);
  });

  test('step() matches bias-corrected Adam for three steps', () => {
    const adam = new Adam({ kind: 'adam', learningRate: 0.1 }, 2);
    expectClose(
      trace(adam, VARYING),
      [
        [0.9000000019999999, -1.900000001],
        [0.8067820404774622, -1.9366103534720749],
        [0.8274177428854113, -1.9781754731467738],
      ],
      1e-13,
    );
  });

  test('reset() restarts the step count', () => {
    const adam = new Adam({ kind: 'adam', learningRate: 0.1 }, 2);
    trace(adam, VARYING);
    adam.reset();
    expectClose(trace(adam, [[0.5, -1]]), [[0.9000000019999999, -1.900000001]]);
  });
});

describe('createOptimizer', () => {
  test('createOptimizer(spec) builds the optimizer the spec names', () => {
    expect(createOptimizer({ kind: 'adam', learningRate: 0.1 }, 2)).toBeInstanceOf(Adam);
    expect(createOptimizer({ kind: 'rmsprop', learningRate: 0.1 }, 2)).toBeInstanceOf(RmsProp);
    expect(createOptimizer({ kind: 'sgd', learningRate: 0.1 }, 2)).toBeInstanceOf(Sgd);
  });

  test('withLearningRate(spec, lr) returns a copy and leaves the spec alone', () => {
    const spec = { kind: 'sgd', learningRate: 0.1, momentum: 0.9 } as const;
    expect(withLearningRate(spec, 2)).toEqual({ kind: 'sgd', learningRate: 2, momentum: 0.9 });
    expect(spec.learningRate).toBe(0.1);
  });

  test('new Sgd(spec) throws for a negative learning rate', () => {
    expect(() => new Sgd({ kind: 'sgd', learningRate: -1 }, 2)).toThrowErrorMatchingInlineSnapshot(`[EngineError: sgd: learningRate: expected a positive number, got -1]`);
  });

  test('new Adam(spec) throws for beta1 of 1', () => {
    expect(() => new Adam({ kind: 'adam', learningRate: 0.1, beta1: 1 }, 2)).toThrowErrorMatchingInlineSnapshot(`[EngineError: adam: beta1: expected a number in [0, 1), got 1]`);
  });
});
