/**
 * Fills a model's flat parameter buffer from its layers' init specs, layer by
 * layer, W before b, so the same seed always gives the same network.
 *
 * A layer without `init` gets PyTorch's default for a linear layer, uniform on
 * ±1/√fan_in; a layer without `biasInit` starts its biases at zero.
 */
import { initializeInPlace, type InitSpec } from '../init';
import type { Rng } from '../random';
import { parameterLayout } from './parameter-layout';
import type { SequentialSpec } from './sequential';

/** PyTorch's default weight init for a layer with `fanIn` inputs: U(−1/√fan_in, 1/√fan_in). */
export function defaultWeightInit(fanIn: number): InitSpec {
  const limit = 1 / Math.sqrt(fanIn);
  return { kind: 'uniform', low: -limit, high: limit };
}

/** Draws every parameter of `model` into `parameters` (laid out by `parameterLayout`). */
export function initializeModelInPlace(model: SequentialSpec, parameters: Float64Array, rng: Rng): void {
  const { slots } = parameterLayout(model);
  model.layers.forEach((layer, i) => {
    const slot = slots[i];
    const { inputSize, outputSize } = layer;
    const weights = parameters.subarray(slot.weightOffset, slot.weightOffset + slot.weightCount);
    initializeInPlace(weights, layer.init ?? defaultWeightInit(inputSize), inputSize, outputSize, rng);
    if (slot.biasOffset < 0) return;
    const bias = parameters.subarray(slot.biasOffset, slot.biasOffset + slot.biasCount);
    if (layer.biasInit === undefined) bias.fill(0);
    else initializeInPlace(bias, layer.biasInit, inputSize, outputSize, rng);
  });
}
