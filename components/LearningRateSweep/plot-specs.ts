/**
 * The plot specs of the two sweep plots: final loss against learning rate on a log axis (the
 * valley), and the loss curves of every run. Pure: the build renders them with renderStaticSvg,
 * the view with renderPlot.
 */
import type { SweepRun } from '../../src/engine/index';
import type { MarkSpec, PlotSpec, Point } from '../shared/plot-spec';
import { formatSignificant } from '../shared/format';
import { lowestRun } from './figure';

const SIZE = { width: 340, height: 260 };
const MARGINS = { top: 20, right: 14, bottom: 36, left: 44 };

/** Final loss against learning rate, the lowest ringed; a diverged run is a cross at the top of the plot. */
export function valleySpec(runs: readonly SweepRun[], rates: readonly number[]): PlotSpec {
  const finished = runs.filter((run) => run.status !== 'diverged' && Number.isFinite(run.finalLoss));
  const top = Math.min(3, Math.max(...startingLosses(runs), ...finished.map((run) => run.finalLoss))) * 1.15;
  const crosses = runs.filter((run) => run.status === 'diverged').map((run): Point => [run.learningRate, top * 0.94]);
  const points = finished.map((run): Point => [run.learningRate, run.finalLoss]);
  const lowest = lowestRun(runs);
  const low = Math.min(...rates);
  const high = Math.max(...rates);
  const marks: MarkSpec[] = [
    { type: 'frame' },
    { type: 'line', points, color: 'accent', strokeWidth: 1.5, isClipped: true },
    { type: 'dots', points, color: 'accent', radius: 4, strokeWidth: 0, isClipped: true },
  ];
  if (lowest) {
    const best: Point = [lowest.learningRate, lowest.finalLoss];
    marks.push({ type: 'dots', points: [best], radius: 8, color: 'positive', isFilled: false, strokeWidth: 2 });
    marks.push({ type: 'text', at: best, text: 'lowest', dy: 16 });
  }
  if (crosses.length > 0) {
    marks.push({ type: 'dots', points: crosses, symbol: 'times', radius: 5, color: 'warn', strokeWidth: 2.5 });
    marks.push({ type: 'text', at: crosses[0], text: 'diverged', anchor: 'end', dx: -9, color: 'warn' });
  }
  return {
    ...SIZE,
    margins: MARGINS,
    x: { type: 'log', domain: [low / 1.5, high * 1.5], label: 'learning rate η (log scale)', ticks: powersOfTen(low, high), grid: false },
    y: { domain: [0, top], label: 'final loss' },
    ariaLabel: 'Final loss against learning rate',
    marks,
  };
}

/** The loss curve of every run, coloured by its learning rate (blue = small, pink = large). */
export function curvesSpec(runs: readonly SweepRun[], rates: readonly number[]): PlotSpec {
  // Scaled to where every run starts, so the falling curves fill the plot and blow-ups leave it.
  const top = Math.min(3, Math.max(...startingLosses(runs))) * 1.5;
  // A diverged run's curve is drawn up to just past the frame (and clipped), not to 10^36. A run
  // that finished is drawn whole, clipped at the frame: its line may leave the panel and come back.
  // A completed run ends on its final loss, measured after its last step.
  const series = runs.map((run) => {
    const shown: Point[] = run.curve.filter((point) => Number.isFinite(point.loss)).map((point): Point => [point.step, point.loss]);
    const last = run.curve.at(-1);
    if (run.status === 'completed' && last !== undefined && Number.isFinite(run.finalLoss)) shown.push([last.step + 1, run.finalLoss]);
    const leaving = run.status === 'diverged' ? shown.findIndex(([, loss]) => loss > top) : -1;
    const kept = leaving < 0 ? shown : shown.slice(0, leaving + 1);
    return { name: formatSignificant(run.learningRate), points: kept.map(([step, loss]): Point => [step, Math.min(loss, top * 2)]) };
  });
  return {
    ...SIZE,
    margins: MARGINS,
    x: { label: 'step', isNice: true, grid: false },
    y: { domain: [0, top], label: 'training loss' },
    // Swatches, not a colour ramp: a ramp needs a canvas, which the build's linkedom lacks.
    color: { scheme: 'cool', domain: rates.map(formatSignificant), hasLegend: true },
    ariaLabel: 'Loss during training, one line per learning rate',
    marks: [{ type: 'frame' }, { type: 'series', series, strokeWidth: 1.5, isClipped: true }],
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
