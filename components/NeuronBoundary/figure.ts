/**
 * What NeuronBoundary draws: the line figure of line-figure.ts with the sigmoid's soft shading
 * added. A sigmoid neuron's output σ(z) is ½ on the line and changes only across it, so its
 * level sets are lines parallel to the boundary: σ(z) = p where z = ln(p / (1 − p)). The shading
 * deepens in bands (σ ≥ 0.75, ≥ 0.9 on the class-1 side; ≤ 0.25, ≤ 0.1 on the other), and the
 * lines where σ = 0.9 and 0.1 are dashed. Pure: the geometry comes from the engine.
 */
import { logit, math, neuron, type Dataset } from '../../src/engine/index';
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

/** The distance from the line to where σ(z) = 0.9: ln 9 / ‖w‖, since z / ‖w‖ is the signed distance. */
export function softWidth(line: Line): number {
  return logit(DASHED_LEVEL) / math.hypot(line.w1, line.w2);
}

/** The sentence under the plot on the sigmoid's soft shading. */
export function softText(line: Line): string {
  if (line.w1 === 0 && line.w2 === 0) {
    return `Sigmoid neuron: with w₁ = w₂ = 0 its output is σ(b) = ${formatNumber(neuron.neuronForward({ values: [], weights: [], bias: line.bias, activation: 'sigmoid' }).y)} everywhere.`;
  }
  return `Sigmoid neuron: output ½ on the line, 0.9 and 0.1 on the dashed lines, ${formatNumber(softWidth(line))} either side of it.`;
}
