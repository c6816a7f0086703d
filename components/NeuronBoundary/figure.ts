/**
 * What NeuronBoundary draws: the line figure of line-figure.ts with the sigmoid's soft shading
 * added. A sigmoid neuron's output σ(z) is ½ on the line and changes only across it, so its
 * level sets are lines parallel to the boundary: σ(z) = p where z = ln(p / (1 − p)). The shading
 * deepens in bands (σ ≥ 0.75, ≥ 0.9 on the class-1 side; ≤ 0.25, ≤ 0.1 on the other), and the
 * lines where σ = 0.9 and 0.1 are dashed. Pure: the geometry comes from the engine.
 */
import { logit, neuron, type Dataset } from '../../src/engine/index';
import { formatNumber } from '../shared/format';
import { lineSpec } from '../shared/line-figure';
import type { MarkSpec, PlotSpec } from '../shared/plot-spec';

type Line = neuron.Line;

/** The sigmoid levels shaded beyond the hard split: each band adds a layer of colour. */
export const SOFT_LEVELS = [0.75, 0.9] as const;
/** The level whose lines are dashed (and its mirror 1 − p). */
export const DASHED_LEVEL = 0.9;

/** The same direction, moved so that its zero line is where z = level. */
function shifted(line: Line, level: number): Line {
  return { w1: line.w1, w2: line.w2, bias: line.bias - level };
}

/** The line figure with the sigmoid's probability bands and its σ = 0.9 and σ = 0.1 lines. */
export function boundarySpec(line: Line, dataset: Dataset, box: neuron.Box): PlotSpec {
  const spec = lineSpec(line, dataset, box);
  if (line.w1 === 0 && line.w2 === 0) return spec;
  const bands: MarkSpec[] = [];
  for (const p of SOFT_LEVELS) {
    const level = logit(p);
    bands.push({ type: 'polygon', points: neuron.halfPlanes(shifted(line, level), box).positive, color: 'positive', opacity: 0.12 });
    bands.push({ type: 'polygon', points: neuron.halfPlanes(shifted(line, -level), box).negative, color: 'negative', opacity: 0.12 });
  }
  for (const level of [logit(DASHED_LEVEL), -logit(DASHED_LEVEL)]) {
    const segment = neuron.boundarySegment(shifted(line, level), box);
    if (segment) bands.push({ type: 'segment', from: segment[0], to: segment[1], color: 'text', strokeWidth: 1.25, isDashed: true, opacity: 0.7 });
  }
  // After the two half-planes, before the line, the arrow and the points.
  return { ...spec, marks: [...spec.marks.slice(0, 2), ...bands, ...spec.marks.slice(2)] };
}

/** The distance from the line to where σ(z) = 0.9 (and 0.1): ln 9 / ‖w‖. */
export function softWidth(line: Line): number {
  return neuron.distanceToLevel(line, logit(DASHED_LEVEL));
}

/** Whether a dashed line (σ = 0.9 or 0.1) crosses the plot. */
function dashedLinesShow(line: Line, box: neuron.Box): boolean {
  const [low, high] = neuron.lineValueRange(line, box);
  const edge = logit(DASHED_LEVEL);
  return (low < edge && high > edge) || (low < -edge && high > -edge);
}

/**
 * The short line under the plot on the sigmoid's soft shading (one line at 320 px): how far the
 * dashed σ = 0.1 and 0.9 lines lie from the line, or, when neither crosses the plot, where σ stays.
 */
export function softText(line: Line, box: neuron.Box): string {
  if (line.w1 === 0 && line.w2 === 0) {
    return `σ(b) = ${formatNumber(neuron.neuronForward({ values: [], weights: [], bias: line.bias, activation: 'sigmoid' }).y)} everywhere`;
  }
  if (dashedLinesShow(line, box)) return `Dashed: ${formatNumber(softWidth(line))} from the line`;
  const [low, high] = neuron.lineValueRange(line, box);
  const edge = logit(DASHED_LEVEL);
  if (low >= edge) return 'σ > 0.9 on the plot';
  if (high <= -edge) return 'σ < 0.1 on the plot';
  return '0.1 < σ < 0.9 on the plot';
}

/** The same, said in full for the text alternative: what the dashed lines are and in what units the distance is. */
export function softSummary(line: Line, box: neuron.Box): string {
  if (line.w1 === 0 && line.w2 === 0) return '';
  const distance = `A sigmoid neuron with these numbers outputs 0.9 and 0.1 at ${formatNumber(softWidth(line))} either side of the line (ln 9 / ‖w‖, measured at right angles in the units of x₁ and x₂)`;
  return dashedLinesShow(line, box)
    ? `${distance}; the dashed lines mark them.`
    : `${distance}, off the plot, so no dashed line shows.`;
}
