/**
 * Observable Plot options for the two sweep plots: final loss against learning rate on a log
 * axis (the valley), and the loss curves of every run. Built here rather than as shared plot
 * specs because those have no log scale. Pure apart from Plot itself.
 */
import * as Plot from '@observablehq/plot';
import type { SweepRun } from '../../src/engine/index';
import { colorOf } from '../shared/plot-spec';
import { formatSignificant } from '../shared/format';
import { lowestRun } from './figure';

const SIZE = { width: 340, height: 260 };
const MARGIN = { marginTop: 20, marginRight: 14, marginBottom: 36, marginLeft: 44 };

/** Final loss against learning rate, the lowest ringed; a diverged run is a cross at the top of the plot. */
export function valleyPlotOptions(runs: readonly SweepRun[], rates: readonly number[]): Plot.PlotOptions {
  const finished = runs.filter((run) => run.status !== 'diverged' && Number.isFinite(run.finalLoss));
  const top = Math.min(3, Math.max(...startingLosses(runs), ...finished.map((run) => run.finalLoss))) * 1.15;
  const diverged = runs.filter((run) => run.status === 'diverged');
  const points = finished.map((run) => [run.learningRate, run.finalLoss] as [number, number]);
  const lowest = lowestRun(runs);
  const best = lowest ? [[lowest.learningRate, lowest.finalLoss] as [number, number]] : [];
  return {
    ...SIZE,
    ...MARGIN,
    style: { fontSize: '11px', overflow: 'visible' },
    x: {
      type: 'log',
      domain: [Math.min(...rates) / 1.5, Math.max(...rates) * 1.5],
      label: 'learning rate η (log scale)',
      ticks: powersOfTen(Math.min(...rates), Math.max(...rates)),
      tickFormat: formatSignificant,
    },
    y: { domain: [0, top], label: 'final loss', grid: true },
    ariaLabel: 'Final loss against learning rate',
    marks: [
      Plot.frame({ stroke: colorOf('grid') }),
      Plot.line(points, { x: '0', y: '1', stroke: colorOf('accent'), strokeWidth: 1.5, clip: true }),
      Plot.dot(points, { x: '0', y: '1', r: 4, fill: colorOf('accent'), clip: true }),
      Plot.dot(best, { x: '0', y: '1', r: 8, stroke: colorOf('positive'), strokeWidth: 2 }),
      Plot.text(best, { x: '0', y: '1', text: () => 'lowest', dy: 16, fill: colorOf('text'), stroke: 'var(--plot-background)', strokeWidth: 3, paintOrder: 'stroke' }),
      Plot.dot(diverged, { x: 'learningRate', y: () => top * 0.94, r: 5, symbol: 'times', stroke: colorOf('warn'), strokeWidth: 2.5 }),
      Plot.text(diverged.length > 0 ? [diverged[0]] : [], {
        x: 'learningRate',
        y: () => top * 0.94,
        text: () => 'diverged',
        textAnchor: 'end',
        dx: -9,
        fill: colorOf('warn'),
      }),
    ],
  };
}

/** The loss curve of every run, coloured by its learning rate (blue = small, pink = large). */
export function curvesPlotOptions(runs: readonly SweepRun[], rates: readonly number[]): Plot.PlotOptions {
  // Scaled to where every run starts, so the falling curves fill the plot and blow-ups leave it.
  const top = Math.min(3, Math.max(...startingLosses(runs))) * 1.5;
  // A blowing-up curve is drawn up to just past the frame (and clipped), not to 10^36.
  const points = runs.flatMap((run) => {
    const shown = run.curve.filter((point) => Number.isFinite(point.loss));
    const leaving = shown.findIndex((point) => point.loss > top);
    return (leaving < 0 ? shown : shown.slice(0, leaving + 1)).map((point) => ({
      step: point.step,
      loss: Math.min(point.loss, top * 2),
      learningRate: run.learningRate,
    }));
  });
  return {
    ...SIZE,
    ...MARGIN,
    style: { fontSize: '11px', overflow: 'visible' },
    x: { label: 'step', nice: true },
    y: { domain: [0, top], label: 'training loss', grid: true },
    // Swatches, not a colour ramp: a ramp needs a canvas, which the build's linkedom lacks.
    color: { type: 'ordinal', domain: [...rates], scheme: 'cool', legend: true, tickFormat: formatSignificant },
    ariaLabel: 'Loss during training, one line per learning rate',
    marks: [
      Plot.frame({ stroke: colorOf('grid') }),
      Plot.line(points, { x: 'step', y: 'loss', z: 'learningRate', stroke: 'learningRate', strokeWidth: 1.5, clip: true }),
    ],
  };
}

/** The powers of ten from just below `low` to just above `high`, for a log axis's ticks. */
function powersOfTen(low: number, high: number): number[] {
  const ticks: number[] = [];
  for (let exponent = Math.floor(Math.log10(low)); exponent <= Math.ceil(Math.log10(high)); exponent++) {
    ticks.push(Number(`1e${exponent}`));
  }
  return ticks;
}

/** Each run's loss before its first step (all runs share the start, so these agree); 1 if unknown. */
function startingLosses(runs: readonly SweepRun[]): number[] {
  const losses = runs.map((run) => run.curve[0]?.loss).filter((loss): loss is number => Number.isFinite(loss));
  return losses.length > 0 ? losses : [1];
}
