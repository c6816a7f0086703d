import { expect, test } from 'vitest';
import {
  compileModel,
  createRng,
  deepNetworkBatch,
  deepNetworkParameters,
  deepNetworkSpec,
  factorPerLayer,
  measureLayerSignals,
  signalStatsOf,
  type ActivationName,
  type InitSpec,
  type LayerSignals,
} from '../../../src/engine/index';

/** The deep network's statistics at its start, measured directly on a compiled program. */
function lookInside(activation: ActivationName, init: InitSpec, depth = 10, width = 100, rows = 100, seed = 1) {
  const rng = createRng(seed);
  const spec = deepNetworkSpec({ depth, width, activation, init });
  const parameters = deepNetworkParameters(spec, rng);
  const batch = deepNetworkBatch(width, rows, rng);
  const program = compileModel(spec, { loss: 'bce', maxRows: rows, parameters });
  program.inputs.set(batch.inputs);
  program.targets.set(batch.targets);
  const inputVariance = signalStatsOf(batch.inputs).std ** 2;
  return { layers: measureLayerSignals(program, rows), inputVariance };
}

const stds = (layers: readonly LayerSignals[], of: 'activations' | 'gradients') => layers.map((layer) => layer[of].std);

test('the variance argument: one linear layer has Var(z) = n_in · Var(w) · Var(x)', () => {
  // n_in = 200, Var(w) = 0.05² = 0.0025, so Var(z) should be 0.5 · Var(x). The layer's variance
  // averages 200 units, each off by a relative √(2/n_in) = 10 % (its row's Σw²): about √2/200 = 0.7 %
  // for the layer; the batch of 500 adds about as much. 3 % is over three of those deviations.
  const { layers, inputVariance } = lookInside('identity', { kind: 'normal', mean: 0, std: 0.05 }, 1, 200, 500);
  const predicted = 200 * 0.05 ** 2 * inputVariance;
  expect(layers[0].activations.std ** 2 / predicted).toBeGreaterThan(0.97);
  expect(layers[0].activations.std ** 2 / predicted).toBeLessThan(1.03);
});

test('linear layers with Var(w) = 1/n_in (LeCun) keep Var(a) = Var(x) through 10 layers, within 10 %', () => {
  // Each layer multiplies the variance by its own n_in·mean(w²), off from 1 by about √2/n_in = 0.7 %
  // at n_in = 200 (plus the batch's share): over ten layers about √10 · 1 % ≈ 3 %; 10 % leaves room.
  const { layers, inputVariance } = lookInside('identity', { kind: 'lecunNormal' }, 10, 200, 500);
  for (const layer of layers) {
    expect(layer.activations.std ** 2 / inputVariance).toBeGreaterThan(0.9);
    expect(layer.activations.std ** 2 / inputVariance).toBeLessThan(1.1);
  }
});

test('tanh with small weights (std 0.01): activations and gradients shrink about ×0.1 per layer, √n_in · 0.01', () => {
  const { layers } = lookInside('tanh', { kind: 'normal', mean: 0, std: 0.01 });
  expect(factorPerLayer(stds(layers, 'activations'))).toBeCloseTo(0.1, 2);
  expect(layers[9].activations.std).toBeLessThan(1e-10);
  // Read from the output down, the gradient shrinks by the same factor.
  expect(factorPerLayer(stds(layers, 'gradients').reverse())).toBeCloseTo(0.1, 2);
  expect(layers[0].gradients.std).toBeLessThan(1e-13);
});

test('tanh with weights of std 1: every layer saturates at ±1 and the typical gradient vanishes', () => {
  const { layers } = lookInside('tanh', { kind: 'normal', mean: 0, std: 1 });
  const xavier = lookInside('tanh', { kind: 'xavierNormal' }).layers;
  for (const [i, layer] of layers.entries()) {
    expect(layer.saturatedFraction).toBeGreaterThan(0.75);
    expect(layer.activations.spread[2]).toBeGreaterThan(0.99);
    // The median |dL/dz| is more than ten times below the Xavier network's in the same layer.
    expect(layer.gradients.spread[2] * 10).toBeLessThan(xavier[i].gradients.spread[2]);
  }
});

test('tanh with Xavier weights: no layer saturates and the activations keep a usable size (std 0.2 to 0.7)', () => {
  const { layers } = lookInside('tanh', { kind: 'xavierNormal' });
  for (const layer of layers) {
    expect(layer.saturatedFraction).toBeLessThan(0.05);
    expect(layer.activations.std).toBeGreaterThan(0.2);
    expect(layer.activations.std).toBeLessThan(0.7);
  }
});

test('ReLU with He weights: the activations and gradients keep their size layer after layer', () => {
  const { layers } = lookInside('relu', { kind: 'heNormal' });
  expect(factorPerLayer(stds(layers, 'activations'))).toBeGreaterThan(0.97);
  expect(factorPerLayer(stds(layers, 'activations'))).toBeLessThan(1.03);
  expect(factorPerLayer(stds(layers, 'gradients').reverse())).toBeGreaterThan(0.97);
  expect(factorPerLayer(stds(layers, 'gradients').reverse())).toBeLessThan(1.03);
  // Half the units are off for each example: ReLU outputs exactly 0 there.
  for (const layer of layers) expect(Math.abs(layer.activations.zeroFraction - 0.5)).toBeLessThan(0.1);
});

test('ReLU with Xavier weights: the variance halves per layer, the std falls ×1/√2 ≈ 0.71', () => {
  // Xavier gives Var(w) = 2/(n + n) = 1/n; ReLU keeps half of z's second moment, so each layer halves it.
  const { layers } = lookInside('relu', { kind: 'xavierNormal' });
  expect(factorPerLayer(stds(layers, 'activations'))).toBeGreaterThan(Math.SQRT1_2 - 0.03);
  expect(factorPerLayer(stds(layers, 'activations'))).toBeLessThan(Math.SQRT1_2 + 0.03);
});

test('measureLayerSignals reports every layer below the output, numbered from 1, with no saturation outside tanh and sigmoid', () => {
  const { layers } = lookInside('relu', { kind: 'heNormal' }, 3, 8, 5);
  expect(layers.map((layer) => layer.layer)).toEqual([1, 2, 3]);
  expect(layers.every((layer) => layer.saturatedFraction === 0)).toBe(true);
});
