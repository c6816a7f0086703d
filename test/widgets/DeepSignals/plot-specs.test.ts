import { expect, test } from 'vitest';
import type { LayerSignals, SignalStats, SignalsJobResult } from '../../../src/engine/index';
import { decadeTicks, magnitudeDomain, signalsPlotSpec } from '../../../components/DeepSignals/plot-specs';

/** Stats whose five quantiles are `spread` (the rest does not reach the plots). */
function stats(spread: SignalStats['spread']): SignalStats {
  return { mean: 0, std: spread[2], spread, zeroFraction: 0, nonFiniteFraction: 0 };
}

function layer(index: number, activations: SignalStats['spread'], gradients: SignalStats['spread']): LayerSignals {
  return { layer: index, activations: stats(activations), gradients: stats(gradients), saturatedFraction: 0 };
}

const start = [layer(1, [0.1, 0.2, 0.3, 0.4, 0.5], [1e-5, 2e-5, 3e-5, 4e-5, 5e-5]), layer(2, [0.01, 0.02, 0.03, 0.04, 0.05], [1e-4, 2e-4, 3e-4, 4e-4, 5e-4])];
const after = [layer(1, [1, 2, 3, 4, 5], [1e-5, 2e-5, 3e-5, 4e-5, 5e-5]), layer(2, [1e20, 2e20, 3e20, 4e20, 5e20], [NaN, NaN, NaN, NaN, NaN])];
const result = { kind: 'signals', atStart: start, after, startLoss: 0.7, training: { status: 'completed', steps: 5, epochs: 5, finalLoss: 0.6, lastBatchLoss: 0.6, learningRate: 0.1 } } as SignalsJobResult;

test('magnitudeDomain spans whole powers of ten around every quantile with a tenth of a decade to spare, never past 10¹²', () => {
  expect(magnitudeDomain([start], 'activations')).toEqual([0.001, 1]);
  expect(magnitudeDomain([start, after], 'activations')).toEqual([0.001, 1e12]);
  expect(magnitudeDomain([start, after], 'gradients')).toEqual([1e-6, 0.001]);
});

test('decadeTicks puts at most six powers of ten on the axis, at multiples of their spacing', () => {
  expect(decadeTicks([1e-3, 1])).toEqual([1, 0.1, 0.01, 0.001]);
  expect(decadeTicks([1e-15, 1e-4])).toEqual([1e-6, 1e-9, 1e-12, 1e-15]);
});

test('signalsPlotSpec draws a blow-up at the top edge, leaves out quantiles that are not numbers, and only the start for 0 steps', () => {
  const spec = signalsPlotSpec(result, 'activations', 5);
  const ys = spec.marks.flatMap((mark) => ('points' in mark ? mark.points.map(([, y]) => y) : []));
  expect(Math.max(...ys)).toBe(1e12);
  const gradients = signalsPlotSpec(result, 'gradients', 5);
  const afterLine = gradients.marks.filter((mark) => mark.type === 'line')[1];
  expect(afterLine.type === 'line' && afterLine.points).toEqual([[1, 3e-5]]);
  expect(signalsPlotSpec(result, 'activations', 0).marks.filter((mark) => mark.type === 'line')).toHaveLength(1);
});

test('a training that diverged is not drawn (its numbers are a blow-up), and the status line says why the plots show the start only', async () => {
  const { measuredText } = await import('../../../components/DeepSignals/status-text');
  const { showsAfter } = await import('../../../components/DeepSignals/plot-specs');
  const { DeepSignalsProps } = await import('../../../components/DeepSignals/schema');
  const diverged = { ...result, training: { ...result.training, status: 'diverged', steps: 1, divergence: { step: 1, reason: 'loss is NaN', message: 'diverged at step 1', startLoss: 0.7, loss: NaN } } } as SignalsJobResult;
  expect([showsAfter(result, 5), showsAfter(result, 0), showsAfter(diverged, 5)]).toEqual([true, false, false]);
  const lines = (spec: ReturnType<typeof signalsPlotSpec>) => spec.marks.filter((mark) => mark.type === 'line').length;
  expect([lines(signalsPlotSpec(result, 'activations', 5)), lines(signalsPlotSpec(diverged, 'activations', 5))]).toEqual([2, 1]);
  const settings = DeepSignalsProps.parse({ steps: 20 });
  expect(measuredText(settings, diverged)).toBe('Measured on 100 examples at the start; training diverged at step 1, so the plots show the start only.');
  expect(measuredText(settings, result)).toBe('Measured on 100 examples, at the start and after 20 steps.');
});
