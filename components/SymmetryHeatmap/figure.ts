/**
 * What the figure says and draws for a frame (symmetry-run.ts): the readouts, the sentence
 * that is its text alternative, and the decision-boundary plot. Pure, so the build, the
 * browser and the tests share it.
 */
import { buildDataset, largestRowDifference, type Dataset } from '../../src/engine/index';
import { formatNumber, formatPercent, formatSignificant } from '../shared/format';
import { boundaryGrid, pointsOfClass } from '../shared/classifier-plot';
import type { MarkSpec, PlotSpec } from '../shared/plot-spec';
import { dataSpecOf, EXTENT, RESOLUTION } from './run-spec';
import { differenceText, hiddenRows } from './rows';
import type { SymmetryHeatmapSettings } from './schema';
import type { Snapshot, SymmetryFrame } from './symmetry-run';

function networkText(snapshot: Snapshot): string {
  return `loss ${formatSignificant(snapshot.loss)}, accuracy ${formatPercent(snapshot.accuracy)}`;
}

export interface Readouts {
  readonly step: string;
  readonly perturbation: string;
  readonly difference: string;
  readonly network: string;
  /** The same run left symmetric; empty until there is a perturbation. */
  readonly twin: string;
}

export function readouts(frame: SymmetryFrame, settings: SymmetryHeatmapSettings): Readouts {
  const rows = hiddenRows(frame.network.parameters, settings.hiddenUnits);
  return {
    step: String(frame.step),
    perturbation:
      frame.perturbAt === undefined ? 'none yet' : `at step ${frame.perturbAt} (ε = ${formatSignificant(settings.epsilon)}, seed ${settings.perturbSeed})`,
    difference: differenceText(largestRowDifference(rows)),
    network: networkText(frame.network),
    twin: frame.twin === null ? '' : networkText(frame.twin),
  };
}

/** The figure in words: whether the rows are identical, what that costs, and the zero start's stillness. */
export function summaryText(frame: SymmetryFrame, settings: SymmetryHeatmapSettings): string {
  const rows = hiddenRows(frame.network.parameters, settings.hiddenUnits);
  const difference = largestRowDifference(rows);
  const start = `from the constant ${formatNumber(settings.value)}`;
  if (frame.perturbAt === undefined) {
    const when = frame.step === 0 ? `At the start, ${start}` : `After ${frame.step} steps ${start}`;
    const still =
      frame.step > 0 && rows.every((row) => row.every((value) => value === 0))
        ? ' Every weight and bias of the hidden layer is still exactly 0: with all weights 0, no gradient reaches the first layer, so it never moves.'
        : '';
    const shape =
      difference === 0
        ? `the ${settings.hiddenUnits} rows of the hidden layer are identical: the largest difference between two rows is 0 (exactly), so the layer acts as one unit`
        : `the rows of the hidden layer differ by up to ${differenceText(difference)}`;
    return `${when}, ${shape}; ${networkText(frame.network)}.${still}`;
  }
  const since = frame.step - frame.perturbAt;
  const twin = frame.twin === null ? '' : ` Left symmetric, the same network has ${networkText(frame.twin)}.`;
  return (
    `Started ${start} and perturbed at step ${frame.perturbAt} by ε = ${formatSignificant(settings.epsilon)}: ` +
    `rows differ by up to ${differenceText(difference)} after ${since} ${since === 1 ? 'step' : 'steps'} ` +
    `(step ${frame.step}); ${networkText(frame.network)}.${twin}`
  );
}

/** The circles the run trains on, built from its job's own data spec. */
export function circlesOf(settings: SymmetryHeatmapSettings): Dataset {
  return buildDataset(dataSpecOf(settings));
}

/** The P = 0.5 line of a snapshot's boundary report. */
function boundaryMark(snapshot: Snapshot, style: Partial<Extract<MarkSpec, { type: 'contour' }>>): MarkSpec {
  const grid = boundaryGrid(snapshot.boundary, { resolution: RESOLUTION, extent: EXTENT });
  return { type: 'contour', grid, thresholds: [0.5], color: 'text', strokeWidth: 2.5, isClipped: true, ...style };
}

/** The circles with the network's decision boundary (solid) and, once perturbed, the symmetric twin's (dashed). */
export function boundarySpec(frame: SymmetryFrame, data: Dataset): PlotSpec {
  const [xMin, xMax, yMin, yMax] = EXTENT;
  return {
    width: 300,
    height: 300,
    x: { label: 'x₁ →', domain: [xMin, xMax], ticks: 3 },
    y: { label: '↑ x₂', domain: [yMin, yMax], ticks: 3 },
    margins: { top: 12, right: 12, bottom: 38, left: 40 },
    marks: [
      { type: 'dots', points: pointsOfClass(data, 1), radius: 3.5, color: 'positive', symbol: 'circle' },
      { type: 'dots', points: pointsOfClass(data, 0), radius: 4, color: 'negative', symbol: 'times', strokeWidth: 2 },
      ...(frame.twin === null ? [] : [boundaryMark(frame.twin, { color: 'muted', isDashed: true, strokeWidth: 2 })]),
      boundaryMark(frame.network, {}),
    ],
    ariaLabel:
      frame.twin === null
        ? 'The circles and the network’s decision boundary'
        : 'The circles, the perturbed network’s decision boundary (solid) and the symmetric network’s (dashed)',
  };
}
