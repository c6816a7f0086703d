import { describe, expect, test } from 'vitest';
import { Mlp, createRng, dense, makeXor, parameterCount, sequential, train } from '../../../src/engine/index';

/**
 * The XOR lab: Linear(2, 11) + tanh, Linear(11, 1) without bias or activation;
 * weights from a standard normal, hidden biases from PyTorch's default U(±1/√2);
 * L1 loss, SGD lr 0.02 momentum 0.9, 2001 epochs of 4 single-sample steps.
 */
function runXorLab(seed: number) {
  const limit = 1 / Math.sqrt(2);
  const spec = sequential([
    dense(2, 11, {
      activation: 'tanh',
      init: { kind: 'normal', mean: 0, std: 1 },
      biasInit: { kind: 'uniform', low: -limit, high: limit },
    }),
    dense(11, 1, { bias: false, init: { kind: 'normal', mean: 0, std: 1 } }),
  ]);
  const rng = createRng(seed);
  const model = new Mlp(spec).initializeInPlace(rng);
  const data = makeXor();
  const epochLosses: number[] = [];
  const result = train(model, data, {
    loss: 'l1',
    optimizer: { kind: 'sgd', learningRate: 0.02, momentum: 0.9 },
    batch: { kind: 'sample' },
    epochs: 2001,
    rng,
    reportEvery: 4,
    onProgress: (p) => {
      if (p.step % 4 === 0) epochLosses.push(p.loss);
    },
  });
  const predictions = model.predict(data.inputs, 4);
  const isSolved = Array.from(predictions).every((p, i) => Math.abs(p - data.targets[i]) < 0.5);
  return { model, result, predictions, isSolved, epochLosses };
}

describe('the XOR lab', () => {
  test('the network has 44 parameters', () => {
    expect(parameterCount(runXorLab(1).model.spec)).toBe(44);
  });

  test('seed 1 solves XOR with pinned losses', () => {
    const { result, isSolved, epochLosses, predictions } = runXorLab(1);
    expect(result.status).toBe('completed');
    expect(result.steps).toBe(8004);
    expect(isSolved).toBe(true);
    // The loss of the first step of epoch 2000 (one sample), and the mean L1 over all four after training.
    expect(epochLosses).toHaveLength(2001);
    expect(epochLosses[2000]).toMatchInlineSnapshot(`0.6293388763846903`);
    expect(result.finalLoss).toMatchInlineSnapshot(`0.2798802628944669`);
    expect(Array.from(predictions)).toMatchInlineSnapshot(`
      [
        0.08785134724733723,
        1.4631398747013207,
        1.1985261533133795,
        0.3700036763158301,
      ]
    `);
  });

  test('solves XOR for at least 70 % of seeds 1 to 50', () => {
    const solved = Array.from({ length: 50 }, (_, i) => runXorLab(i + 1).isSolved).filter(Boolean).length;
    expect(solved).toBeGreaterThanOrEqual(35);
    expect(solved).toMatchInlineSnapshot(`45`);
  });
});
