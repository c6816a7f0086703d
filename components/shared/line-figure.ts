/**
 * The picture of "a neuron draws a line", shared by NeuronBoundary and PerceptronLearner:
 * the two half-planes shaded (class 1 where z ≥ 0), the boundary w1·x1 + w2·x2 + b = 0,
 * an arrow along w pointing into the class-1 side, and the data points. Classes differ in
 * shape as well as colour (class 1: filled circles, class 0: crosses); points on the wrong
 * side get a ring. Geometry (clipping, crossings, mistakes) comes from the engine.
 */
import { neuron, type Dataset } from '../../src/engine/index';
import { pointsOfClass, pointsWhere } from './classifier-plot';
import { formatNumber, formatPercent } from './format';
import type { MarkSpec, PlotSpec, Point } from './plot-spec';

type Line = neuron.Line;
type Box = neuron.Box;

/** An arrow from the middle of the boundary along w, 18 % of the box's width long. */
function normalArrow(line: Line, segment: [neuron.Point2, neuron.Point2], box: Box): MarkSpec {
  const [[ax, ay], [bx, by]] = segment;
  const length = Math.hypot(line.w1, line.w2);
  const reach = 0.18 * (box.xMax - box.xMin);
  const from: Point = [(ax + bx) / 2, (ay + by) / 2];
  const to: Point = [from[0] + (reach * line.w1) / length, from[1] + (reach * line.w2) / length];
  return { type: 'segment', from, to, hasArrow: true, color: 'text', strokeWidth: 2.5 };
}

/** The figure for a line on a data set; `highlight` rings one example (the one a learner just visited). */
export function lineSpec(line: Line, dataset: Dataset, box: Box, options: { highlight?: number; width?: number } = {}): PlotSpec {
  const { positive, negative } = neuron.halfPlanes(line, box);
  const segment = neuron.boundarySegment(line, box);
  const isWrong = (x1: number, x2: number, target: number) => neuron.classifyPoint(line, x1, x2) !== target;
  const isSmall = dataset.count > 10;
  const radius = isSmall ? 4.5 : 8;
  const marks: MarkSpec[] = [
    { type: 'polygon', points: positive, color: 'positive', opacity: 0.13 },
    { type: 'polygon', points: negative, color: 'negative', opacity: 0.13 },
    ...(segment ? [{ type: 'segment', from: segment[0], to: segment[1], color: 'text', strokeWidth: 2.5 } as const] : []),
    { type: 'dots', points: pointsWhere(dataset, isWrong), radius: radius + 5, color: 'warn', isFilled: false, strokeWidth: 2 },
    { type: 'dots', points: pointsOfClass(dataset, 1), radius, color: 'positive', symbol: 'circle' },
    { type: 'dots', points: pointsOfClass(dataset, 0), radius: radius + 1, color: 'negative', symbol: 'times', strokeWidth: 2.5 },
    // The arrow the caption names goes over the points, so a cloud around the line cannot hide it.
    ...(segment ? [normalArrow(line, segment, box)] : []),
  ];
  if (options.highlight !== undefined) {
    const x: Point = [dataset.inputs[2 * options.highlight], dataset.inputs[2 * options.highlight + 1]];
    marks.push({ type: 'dots', points: [x], radius: radius + 9, color: 'text', isFilled: false, strokeWidth: 1.5, isDashed: true });
  }
  return {
    width: options.width ?? 420,
    height: options.width ?? 420,
    x: { label: 'x₁ →', domain: [box.xMin, box.xMax] },
    y: { label: '↑ x₂', domain: [box.yMin, box.yMax] },
    margins: { top: 20, right: 16, bottom: 38, left: 40 },
    marks,
    ariaLabel: `Decision line ${lineEquation(line)} over the data`,
  };
}

/** The line as an equation with its signs written properly: "1·x₁ + 1·x₂ − 0.5 = 0". */
export function lineEquation(line: Line): string {
  const term = (value: number, suffix: string) => `${value < 0 ? '−' : '+'} ${formatNumber(Math.abs(value))}${suffix}`;
  return `${formatNumber(line.w1)}·x₁ ${term(line.w2, '·x₂')} ${term(line.bias, '')} = 0`;
}

/** "29 of 40 points (72.5 %) on the right side." */
export function accuracyText(line: Line, dataset: Dataset): string {
  const mistakes = neuron.countMistakes(line, dataset);
  const correct = dataset.count - mistakes;
  return `${correct} of ${dataset.count} points (${formatPercent(correct / dataset.count)}) on the correct side`;
}

/** A sentence stating the figure: the line, the sides, and the accuracy. */
export function describeLine(line: Line, dataset: Dataset): string {
  const mistakes = neuron.countMistakes(line, dataset);
  const wrong = mistakes === 0 ? 'no point is misclassified' : `${mistakes} ${mistakes === 1 ? 'point is' : 'points are'} misclassified (ringed)`;
  if (line.w1 === 0 && line.w2 === 0) {
    const side = line.bias >= 0 ? 1 : 0;
    return `With w₁ = w₂ = 0 there is no line: z = b = ${formatNumber(line.bias)} everywhere, so the neuron says ${side} for every point. ${accuracyText(line, dataset)}; ${wrong}. Class 1 points are filled circles, class 0 points are crosses.`;
  }
  return `The line ${lineEquation(line)} splits the plane: the neuron says 1 on the shaded side the arrow points to and 0 on the other. ${accuracyText(line, dataset)}; ${wrong}. Class 1 points are filled circles, class 0 points are crosses.`;
}
