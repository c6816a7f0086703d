/**
 * A model summary in the manner of torchsummary: one row per layer with its
 * output shape and parameter count, then the totals. As data for widgets, and
 * as fixed-width text for logs and tests.
 */
import { formatShape } from '../errors';
import { denseParameterCount } from './dense';
import type { SequentialSpec } from './sequential';

/** One layer of a {@link ModelSummary}. */
export interface SummaryRow {
  /** For example `Dense-1 (tanh)`. */
  readonly layer: string;
  /** [-1, units]: −1 stands for any batch size. */
  readonly outputShape: readonly number[];
  readonly parameters: number;
}

/** Per-layer rows and totals; every parameter here is trainable. */
export interface ModelSummary {
  readonly rows: readonly SummaryRow[];
  readonly totalParameters: number;
  readonly trainableParameters: number;
}

/** The summary of `model` as data. */
export function summarize(model: SequentialSpec): ModelSummary {
  const rows = model.layers.map((layer, i) => ({
    layer: `Dense-${i + 1} (${layer.activation}${layer.hasBias ? '' : ', no bias'})`,
    outputShape: [-1, layer.outputSize],
    parameters: denseParameterCount(layer),
  }));
  const total = rows.reduce((sum, row) => sum + row.parameters, 0);
  return { rows, totalParameters: total, trainableParameters: total };
}

/** The summary as a fixed-width text table. */
export function formatSummary(summary: ModelSummary): string {
  const width = 64;
  const line = (layer: string, shape: string, count: string) =>
    layer.padStart(30) + shape.padStart(18) + count.padStart(16);
  return [
    '-'.repeat(width),
    line('Layer (type)', 'Output Shape', 'Param #'),
    '='.repeat(width),
    ...summary.rows.map((row) =>
      line(row.layer, formatShape(row.outputShape), row.parameters.toLocaleString('en-US')),
    ),
    '='.repeat(width),
    `Total params: ${summary.totalParameters.toLocaleString('en-US')}`,
    `Trainable params: ${summary.trainableParameters.toLocaleString('en-US')}`,
    `Non-trainable params: 0`,
    '-'.repeat(width),
  ].join('\n');
}
