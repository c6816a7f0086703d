/**
 * The PerceptronLearner states the chapter quotes, computed by the engine: each figure's end
 * state (settled, or stopped at MAX_STEPS), the η-invariance of the perceptron (the same steps,
 * the same line, the numbers scaled), the seeds' different final lines, and the worked example.
 */
import { expect, test } from 'vitest';
import { neuron } from '../../../src/engine/index';
import { isFinished, learnerAt, readouts, statusText } from '../../../components/PerceptronLearner/figure';
import { MAX_STEPS, PerceptronLearnerProps, type PerceptronLearnerProblem } from '../../../components/PerceptronLearner/schema';

function played(props: Partial<PerceptronLearnerProblem>) {
  const problem = PerceptronLearnerProps.parse(props);
  const learner = learnerAt(problem, 0);
  while (!isFinished(learner)) neuron.learnStepInPlace(learner);
  return { learner, status: statusText(learner, problem), readouts: readouts(learner) };
}

test('pl1 (AND, perceptron, η = 1, seed 1) settles after 40 steps on x₁ + 2x₂ − 3 = 0, every corner right in integer arithmetic', () => {
  const { learner, status } = played({ gate: 'and', rule: 'perceptron', learningRate: 1, seed: 1 });
  expect(neuron.hasSettled(learner)).toBe(true);
  expect([learner.steps, learner.passes]).toEqual([40, 10]);
  expect(learner.totals).toEqual({ w1: 1, w2: 2, bias: -3 });
  expect(learner.line).toEqual({ w1: 1, w2: 2, bias: -3 });
  // Exact: the corner (1, 1) lies on the line, z = 0, and step(0) = 1 is AND's answer there.
  const z = [[0, 0], [0, 1], [1, 0], [1, 1]].map(([x1, x2]) => neuron.lineValue(learner.totals, x1, x2));
  expect(z).toEqual([-3, -1, -2, 0]);
  expect(status).toContain('after 40 steps (10 passes) a whole pass made no mistake, so the line computes AND and will not move again. All 4 corners are right. The line is 1·x₁ + 2·x₂ − 3 = 0, and (w₁, w₂, b) = 1 × (1, 2, −3).');
});

test('the perceptron takes the same steps for every η: only the numbers scale', () => {
  const reference = played({ learningRate: 1 });
  for (const learningRate of [0.001, 0.1, 0.3, 7.3]) {
    const run = played({ learningRate });
    expect(run.learner.steps).toBe(reference.learner.steps);
    expect(run.learner.totals).toEqual(reference.learner.totals);
    expect(run.learner.line.w2).toBeCloseTo(learningRate * 2, 12);
  }
  const tenth = played({ learningRate: 0.1 });
  expect(tenth.readouts.line).toBe('w₁ = 0.1, w₂ = 0.2, b = −0.3, that is (w₁, w₂, b) = 0.1 × (1, 2, −3)');
  expect(tenth.status).toContain('after 40 steps (10 passes) a whole pass made no mistake, so the line computes AND and will not move again. All 4 corners are right. The line is 1·x₁ + 2·x₂ − 3 = 0, and (w₁, w₂, b) = 0.1 × (1, 2, −3).');
  // Decision by decision, on every gate and both seeds, for 200 steps (XOR never settles).
  for (const gate of ['and', 'or', 'xor'] as const) {
    for (const seed of [1, 2]) {
      const trace = (learningRate: number) => {
        const learner = learnerAt({ gate, rule: 'perceptron', learningRate, seed }, 0);
        const mistakes: boolean[] = [];
        for (let i = 0; i < 200; i++) {
          neuron.learnStepInPlace(learner);
          mistakes.push(learner.last!.wasMistake);
        }
        return mistakes;
      };
      expect(trace(0.1)).toEqual(trace(1));
    }
  }
});

test('another seed, another path and another final line; what is the same is that all four corners end right', () => {
  const two = played({ seed: 2 });
  expect([two.learner.steps, two.learner.passes]).toEqual([28, 7]);
  expect(two.learner.totals).toEqual({ w1: 1, w2: 1, bias: -2 });
  expect(two.status).toContain('after 28 steps (7 passes) a whole pass made no mistake, so the line computes AND and will not move again. All 4 corners are right. The line is 1·x₁ + 1·x₂ − 2 = 0, and (w₁, w₂, b) = 1 × (1, 1, −2).');
  for (const seed of [1, 2, 3, 4, 5]) expect(neuron.currentMistakes(played({ seed }).learner)).toBe(0);
  const or = played({ gate: 'or' });
  expect(or.status).toContain('after 12 steps (3 passes) a whole pass made no mistake, so the line computes OR and will not move again. All 4 corners are right. The line is 1·x₁ + 1·x₂ − 1 = 0');
  // The rule stops at the first line with no mistakes, even one through a corner (z = 0 counts as 1).
  const corners = (line: neuron.Line) => [[0, 0], [0, 1], [1, 0], [1, 1]].map(([x1, x2]) => neuron.lineValue(line, x1, x2));
  expect(corners(two.learner.totals)).toEqual([-2, -1, -1, 0]);
  expect(or.learner.totals).toEqual({ w1: 1, w2: 1, bias: -1 });
  expect(corners(or.learner.totals)).toEqual([-1, 0, 0, 1]);
});

test('the first step from zero: z = 0 says 1, and seed 1 visits (0, 1) first, a mistake', () => {
  const learner = learnerAt(PerceptronLearnerProps.parse({}), 1);
  expect(readouts(learner).last).toBe('visited (0, 1) with target 0: ŷ = 1, a mistake');
});

test('the worked example (AND, η = 1, corners in order): b = −1 after step 1, (1, 1, 0) after step 4, settled at 24 steps on 2x₁ + x₂ − 3 = 0', () => {
  const learner = neuron.createLearner(neuron.gateDataset('and'), { rule: 'perceptron', learningRate: 1, seed: 1, isShuffled: false });
  const visited: number[] = [];
  const after: neuron.Line[] = [];
  let lastMistake = 0;
  while (!neuron.hasSettled(learner)) {
    neuron.learnStepInPlace(learner);
    visited.push(learner.last!.example);
    after.push(learner.line);
    if (learner.last!.wasMistake) lastMistake = learner.steps;
  }
  expect(lastMistake).toBe(18);
  expect([[0, 0], [0, 1], [1, 0], [1, 1]].map(([x1, x2]) => neuron.lineValue(learner.line, x1, x2))).toEqual([-3, -2, -1, 0]);
  expect(visited.slice(0, 8)).toEqual([0, 1, 2, 3, 0, 1, 2, 3]);
  expect(after[0]).toEqual({ w1: 0, w2: 0, bias: -1 });
  expect(after[3]).toEqual({ w1: 1, w2: 1, bias: 0 });
  expect([learner.steps, learner.passes]).toEqual([24, 6]);
  expect(learner.line).toEqual({ w1: 2, w2: 1, bias: -3 });
});

test('pl2 (AND, gradient, η = 0.5): all corners right by step 200 and the loss still falls, 0.132 then 0.033 at step 1000', () => {
  const problem = PerceptronLearnerProps.parse({ rule: 'gradient', learningRate: 0.5, seed: 1 });
  expect(readouts(learnerAt(problem, 200)).mistakes).toBe('0 of 4 corners wrong now; last pass: 0');
  expect(readouts(learnerAt(problem, 200)).loss).toBe('cross-entropy 0.132');
  expect(readouts(learnerAt(problem, MAX_STEPS)).loss).toBe('cross-entropy 0.033');
  const { status } = played({ rule: 'gradient', learningRate: 0.5, seed: 1 });
  expect(status).toBe('Stopped after 1000 steps with 0 of 4 corners wrong; reset to start again.');
});

test('pl3 (XOR, perceptron, η = 1): Play stops at 1000 steps, every pass with a mistake', () => {
  const { learner, status } = played({ gate: 'xor' });
  expect(learner.steps).toBe(MAX_STEPS);
  expect(status).toContain('After 250 passes the neuron still gets 2 of 4 corners wrong and every pass made a mistake');
  // The prose: at this very step the weights are back at zero, so there is no line, and it answers 0 everywhere.
  expect([learner.line.w1, learner.line.w2, learner.line.bias]).toEqual([0, 0, -1]);
  // The progress readout counts the passes as the status does.
  expect(readouts(learner).progress).toBe('Step 1000, pass 250 done');
});

test('the progress readout: the pass under way, or the pass just done (as the status counts them)', () => {
  const problem = PerceptronLearnerProps.parse({ gate: 'and' });
  expect(readouts(learnerAt(problem, 0)).progress).toBe('Step 0, pass 1');
  expect(readouts(learnerAt(problem, 3)).progress).toBe('Step 3, pass 1');
  expect(readouts(learnerAt(problem, 4)).progress).toBe('Step 4, pass 1 done');
  expect(readouts(learnerAt(problem, 5)).progress).toBe('Step 5, pass 2');
});

test('pl2 swings before it drifts: every corner first right after step 7, right for good from step 51; margin 0.31 at 200, 0.33 at 1000, at most 1/(2√2) ≈ 0.354', () => {
  const problem = PerceptronLearnerProps.parse({ rule: 'gradient', learningRate: 0.5, seed: 1 });
  const learner = learnerAt(problem, 0);
  const wrongAfter: number[] = [];
  const margin = (line: neuron.Line) =>
    Math.min(...[[0, 0], [0, 1], [1, 0], [1, 1]].map(([x1, x2], i) => (2 * learner.dataset.targets[i] - 1) * neuron.lineValue(line, x1, x2))) /
    Math.hypot(line.w1, line.w2);
  const margins: Record<number, string> = {};
  while (learner.steps < MAX_STEPS) {
    neuron.learnStepInPlace(learner);
    wrongAfter.push(neuron.currentMistakes(learner));
    if ([51, 80, 200, MAX_STEPS].includes(learner.steps)) margins[learner.steps] = margin(learner.line).toFixed(2);
  }
  expect(wrongAfter.indexOf(0) + 1).toBe(7);
  expect(wrongAfter.slice(7).some((wrong) => wrong > 0)).toBe(true);
  expect(wrongAfter.length - [...wrongAfter].reverse().findIndex((wrong) => wrong > 0)).toBe(50);
  // The margin wanders: down from step 51 to step 80, then up again.
  expect(margins).toEqual({ 51: '0.34', 80: '0.23', 200: '0.31', 1000: '0.33' });
  expect((1 / (2 * Math.SQRT2)).toFixed(3)).toBe('0.354');
});
