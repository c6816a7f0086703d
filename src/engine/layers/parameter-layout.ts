/**
 * Where each layer's numbers sit in the model's one flat Float64Array.
 *
 * Layers follow each other in order; inside a layer, W comes first as
 * [outputSize, inputSize] row-major (row o holds the weights into unit o), then
 * b (outputSize numbers) if the layer has a bias. So W_l[o][i] is at
 * weightOffset + o · inputSize + i — the classic exercise's W_l of shape
 * (n_l, n_{l−1}) copies in row by row. One buffer means an optimizer step is one loop.
 */
import type { SequentialSpec } from './sequential';

/** Offsets of one layer's parameters in the flat buffer. */
export interface LayerSlot {
  readonly weightOffset: number;
  readonly weightCount: number;
  /** Offset of b, or −1 when the layer has no bias. */
  readonly biasOffset: number;
  readonly biasCount: number;
}

/** Offsets of every layer, and the total length of the flat buffer. */
export interface ParameterLayout {
  readonly slots: readonly LayerSlot[];
  readonly size: number;
}

/** Lays the model's parameters out in one buffer (see the file comment). */
export function parameterLayout(model: SequentialSpec): ParameterLayout {
  const slots: LayerSlot[] = [];
  let offset = 0;
  for (const layer of model.layers) {
    const weightCount = layer.outputSize * layer.inputSize;
    const biasCount = layer.hasBias ? layer.outputSize : 0;
    slots.push({
      weightOffset: offset,
      weightCount,
      biasOffset: layer.hasBias ? offset + weightCount : -1,
      biasCount,
    });
    offset += weightCount + biasCount;
  }
  return { slots, size: offset };
}
