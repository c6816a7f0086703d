/**
 * NeuronBoundary's soft shading and the states the chapter's prompts promise, from the engine:
 * the sigmoid is 0.9 at distance ln 9 / ‖w‖ from the line, so scaling w and b together keeps
 * the line and the accuracy and narrows the band; the AND figure's reachable biases.
 */
import { expect, test } from 'vitest';
import { neuron } from '../../../src/engine/index';
import { boundarySpec, softSummary, softText, softWidth } from '../../../components/NeuronBoundary/figure';
import { accuracyText, describeLine, lineSpec } from '../../../components/shared/line-figure';

const blobs = neuron.neuronDataset('blobs', 1);
const and = neuron.gateDataset('and');

test('the σ = 0.9 lines lie ln 9 / ‖w‖ from the line, where a sigmoid neuron outputs 0.9 exactly', () => {
  const line = { w1: 1, w2: 1, bias: -0.5 };
  const d = softWidth(line);
  expect(d).toBeCloseTo(Math.log(9) / Math.SQRT2, 15);
  // A point d along the unit normal from a point of the line.
  const onLine = [0.25, 0.25];
  const [x1, x2] = [onLine[0] + d / Math.SQRT2, onLine[1] + d / Math.SQRT2];
  expect(neuron.neuronForward({ values: [x1, x2], weights: [1, 1], bias: -0.5, activation: 'sigmoid' }).y).toBeCloseTo(0.9, 12);
  const box = neuron.neuronDatasetBox('blobs');
  expect(softText(line, box)).toBe('Dashed: 1.554 from the line');
  expect(softText({ w1: 2, w2: 2, bias: -1 }, box)).toBe('Dashed: 0.777 from the line');
  expect(softText({ w1: 0, w2: 0, bias: 0 }, box)).toBe('σ(b) = 0.5 everywhere');
  // The text alternative says what the number is.
  expect(softSummary(line, box)).toBe(
    'A sigmoid neuron with these numbers outputs 0.9 and 0.1 at 1.554 either side of the line (ln 9 / ‖w‖, measured at right angles in the units of x₁ and x₂); the dashed lines mark them.',
  );
});

test('the soft readout is one short line (at most 29 characters, one line of the readout at 320 px) and sane when the band is wider than the plot', () => {
  const box = neuron.neuronDatasetBox('blobs');
  // w = (0.0001, 0): the dashed lines are 21972.246 either side, far off the plot; σ stays near ½ all over it.
  expect(softText({ w1: 0.0001, w2: 0, bias: 0 }, box)).toBe('0.1 < σ < 0.9 on the plot');
  expect(softSummary({ w1: 0.0001, w2: 0, bias: 0 }, box)).toContain('21972.246 either side of the line');
  expect(softSummary({ w1: 0.0001, w2: 0, bias: 0 }, box)).toContain('off the plot, so no dashed line shows');
  // A line far off the plot: all of it on one side, past the 0.9 or 0.1 line.
  expect(softText({ w1: 1, w2: 0, bias: 10 }, box)).toBe('σ > 0.9 on the plot');
  expect(softText({ w1: 1, w2: 0, bias: -10 }, box)).toBe('σ < 0.1 on the plot');
  for (const line of [{ w1: 1, w2: 1, bias: -0.5 }, { w1: -10, w2: 10, bias: -10 }, { w1: 0.35, w2: -0.05, bias: 0.05 }, { w1: 0, w2: 0, bias: -10 }]) {
    expect([...softText(line, box)].length, JSON.stringify(line)).toBeLessThanOrEqual(29);
  }
});

test('the arrow along w is drawn over the points, 18 % of the plot wide', () => {
  const box = neuron.neuronDatasetBox('blobs');
  const spec = lineSpec({ w1: 1, w2: -1, bias: 0 }, blobs, box);
  const last = spec.marks.at(-1);
  expect(last?.type === 'segment' && last.hasArrow).toBe(true);
  if (last?.type === 'segment') expect(Math.hypot(last.to[0] - last.from[0], last.to[1] - last.from[1])).toBeCloseTo(0.18 * (box.xMax - box.xMin), 12);
});

test('boundarySpec adds four bands and two dashed lines to the hard split, before the line and points', () => {
  const line = { w1: 1, w2: 1, bias: -0.5 };
  const box = neuron.neuronDatasetBox('blobs');
  const hard = lineSpec(line, blobs, box);
  const soft = boundarySpec(line, blobs, box);
  expect(soft.marks.length).toBe(hard.marks.length + 6);
  expect(soft.marks.slice(2, 6).every((mark) => mark.type === 'polygon')).toBe(true);
  expect(soft.marks.slice(6, 8).every((mark) => mark.type === 'segment' && mark.isDashed)).toBe(true);
  expect(soft.marks.slice(8)).toEqual(hard.marks.slice(2));
  expect(boundarySpec({ w1: 0, w2: 0, bias: 1 }, blobs, box)).toEqual(lineSpec({ w1: 0, w2: 0, bias: 1 }, blobs, box));
});

test('nb1 prompts: the default line gets 60 %, flipped 40 %; x₁ + x₂ − 0.5 gets 97.5 %, and doubled too', () => {
  expect(accuracyText({ w1: 1, w2: -1, bias: 0 }, blobs)).toBe('24 of 40 points (60 %) on the correct side');
  expect(accuracyText({ w1: -1, w2: 1, bias: 0 }, blobs)).toBe('16 of 40 points (40 %) on the correct side');
  expect(describeLine({ w1: 1, w2: -1, bias: 1 }, blobs)).toContain('The line 1·x₁ − 1·x₂ + 1 = 0');
  expect(accuracyText({ w1: 1, w2: 1, bias: -0.5 }, blobs)).toBe('39 of 40 points (97.5 %) on the correct side');
  expect(accuracyText({ w1: 2, w2: 2, bias: -1 }, blobs)).toBe('39 of 40 points (97.5 %) on the correct side');
  expect(describeLine({ w1: 2, w2: 2, bias: -1 }, blobs)).toContain(
    '2·x₁ + 2·x₂ − 1 = 0 splits the plane: the neuron says 1 on the shaded side the arrow points to and 0 on the other. 39 of 40 points (97.5 %) on the correct side',
  );
  // The dashed lines close in from 1.554 to 0.777: half the distance.
  expect([softWidth({ w1: 1, w2: 1, bias: -0.5 }), softWidth({ w1: 2, w2: 2, bias: -1 })].map((d) => d.toFixed(3))).toEqual(['1.554', '0.777']);
  expect(accuracyText({ w1: 3, w2: 2, bias: -0.5 }, blobs)).toBe('40 of 40 points (100 %) on the correct side');
  // The flip gives 1 − p only because no point lies on the line (z = 0 would count as 1 both times).
  expect(blobs.inputs.some((_, i) => i % 2 === 0 && neuron.lineValue({ w1: 1, w2: -1, bias: 0 }, blobs.inputs[i], blobs.inputs[i + 1]) === 0)).toBe(false);
  // Scaling w alone moves the line: its distance from the origin |b| / ‖w‖ halves.
  expect(describeLine({ w1: 2, w2: 2, bias: -0.5 }, blobs)).toContain('2·x₁ + 2·x₂ − 0.5 = 0');
});

test('nb2 (AND, w = (1, 1)): b = −0.5 gets 2 corners wrong; every b in [−2, −1) gets all four; −1 and −2.05 do not', () => {
  expect(accuracyText({ w1: 1, w2: 1, bias: -0.5 }, and)).toBe('2 of 4 points (50 %) on the correct side');
  for (let b = -2; b < -1; b += 0.05) expect(neuron.countMistakes({ w1: 1, w2: 1, bias: Math.round(b * 100) / 100 }, and)).toBe(0);
  expect(neuron.countMistakes({ w1: 1, w2: 1, bias: -1 }, and)).toBe(2);
  expect(neuron.countMistakes({ w1: 1, w2: 1, bias: -2.05 }, and)).toBe(1);
  // At b = −2 the line passes through (1, 1): z = 0 exactly there, and the step says 1.
  expect(neuron.lineValue({ w1: 1, w2: 1, bias: -2 }, 1, 1)).toBe(0);
  expect(accuracyText({ w1: 1, w2: 1, bias: -2 }, and)).toBe('4 of 4 points (100 %) on the correct side');
});
