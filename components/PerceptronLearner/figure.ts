/**
 * What the PerceptronLearner shows for a learner state: the line figure (from line-figure.ts)
 * and the readouts in words. The numbers come from the engine's learner.
 */
import { neuron } from '../../src/engine/index';
import { counted, formatNumber } from '../shared/format';
import { lineEquation, lineSpec } from '../shared/line-figure';
import type { PlotSpec } from '../shared/plot-spec';
import { MAX_STEPS, type PerceptronLearnerProblem } from './schema';

type Learner = neuron.LearnerState;

/**
 * A fresh learner for the settings, advanced by `steps` updates (to reopen a link's moment), or
 * only to where Play would stop (the settling step, or MAX_STEPS) if that comes first.
 */
export function learnerAt(settings: PerceptronLearnerProblem, steps: number): Learner {
  const { rule, learningRate, seed } = settings;
  const learner = neuron.createLearner(neuron.gateDataset(settings.gate), { rule, learningRate, seed });
  while (learner.steps < steps && !isFinished(learner)) neuron.learnStepInPlace(learner);
  return learner;
}

/** True when play has nothing left to do. */
export function isFinished(learner: Learner): boolean {
  return neuron.hasSettled(learner) || learner.steps >= MAX_STEPS;
}

function corner(learner: Learner, example: number): string {
  const { inputs } = learner.dataset;
  return `(${inputs[2 * example]}, ${inputs[2 * example + 1]})`;
}

/** The plot, ringing the corner the next step will visit. */
export function learnerSpec(learner: Learner): PlotSpec {
  const box = neuron.neuronDatasetBox('and');
  // A perceptron's line is η × its totals: the same line, drawn and judged from the exact totals.
  return lineSpec(neuron.decisionLine(learner), learner.dataset, box, { highlight: isFinished(learner) ? undefined : neuron.nextExample(learner), width: 360 });
}

/** The readouts, each a short line of text keyed by its role in the page. */
export function readouts(learner: Learner): Record<'progress' | 'line' | 'mistakes' | 'loss' | 'last', string> {
  const { line, last } = learner;
  const mistakes = neuron.currentMistakes(learner);
  const lastPass = learner.lastPassMistakes === null ? 'no pass finished yet' : `last pass: ${learner.lastPassMistakes}`;
  const output = last && learner.options.rule === 'perceptron' ? `ŷ = ${last.output}` : `y = ${formatNumber(last?.output ?? 0)}`;
  return {
    // At the end of a pass, that pass is done (the status counts it); otherwise the pass under way.
    progress: learner.steps > 0 && learner.steps % learner.dataset.count === 0 ? `Step ${learner.steps}, pass ${learner.passes} done` : `Step ${learner.steps}, pass ${learner.passes + 1}`,
    line: `w₁ = ${formatNumber(line.w1)}, w₂ = ${formatNumber(line.w2)}, b = ${formatNumber(line.bias)}${learner.options.rule === 'perceptron' ? `, that is ${scaledTotals(learner)}` : ''}`,
    mistakes: `${mistakes} of ${learner.dataset.count} corners wrong now; ${lastPass}`,
    loss: `cross-entropy ${formatNumber(neuron.meanCrossEntropy(line, learner.dataset))}`,
    last: last
      ? `visited ${corner(learner, last.example)} with target ${last.target}: ${output}, ${last.wasMistake ? 'a mistake' : 'right'}${learner.options.rule === 'perceptron' && !last.wasMistake ? ', no change' : ''}`
      : `nothing yet; the first step visits ${corner(learner, neuron.nextExample(learner))}`,
  };
}

/** "(w₁, w₂, b) = 0.1 × (1, 2, −3)": a perceptron's parameters as η times its whole-number totals. */
export function scaledTotals(learner: Learner): string {
  const { w1, w2, bias } = learner.totals;
  return `(w₁, w₂, b) = ${formatNumber(learner.options.learningRate)} × (${[w1, w2, bias].map((k) => formatNumber(k)).join(', ')})`;
}

/**
 * One sentence on where the learning stands: settled, still going, or (XOR) hopeless. `asked` is
 * a link's step count past where the learner stopped (its settling step): the status says so.
 */
export function statusText(learner: Learner, settings: PerceptronLearnerProblem, asked?: number): string {
  const gate = settings.gate.toUpperCase();
  if (neuron.hasSettled(learner)) {
    const clamped = asked !== undefined && asked > learner.steps ? `The link asked for step ${asked}, but nothing changes after step ${learner.steps}, so the figure shows step ${learner.steps}. ` : '';
    return `${clamped}Settled: after ${counted(learner.steps, 'step')} (${counted(learner.passes, 'pass', 'passes')}) a whole pass made no mistake, so the line computes ${gate} and will not move again. All ${learner.dataset.count} corners are right. The line is ${lineEquation(learner.totals)}, and ${scaledTotals(learner)}.`;
  }
  if (settings.gate === 'xor' && learner.passes >= 10) {
    // A perceptron moves only on mistakes, so a clean pass would mean one line fits all four corners.
    const passes = settings.rule === 'perceptron' ? ' and every pass made a mistake' : '';
    return `After ${counted(learner.passes, 'pass', 'passes')} the neuron still gets ${neuron.currentMistakes(learner)} of 4 corners wrong${passes}: no single line separates XOR. It takes a second layer of neurons, as the XOR lab shows.`;
  }
  if (learner.steps >= MAX_STEPS) {
    return `Stopped after ${MAX_STEPS} steps with ${neuron.currentMistakes(learner)} of 4 corners wrong; reset to start again.`;
  }
  if (learner.steps === 0) return `The line starts at w₁ = w₂ = b = 0: z = 0 everywhere, so the neuron says 1 for every corner.`;
  return settings.rule === 'gradient'
    ? `Learning ${gate} by gradient descent: the loss falls as the line moves and the corners' outputs approach their targets.`
    : `Learning ${gate} with the perceptron rule: the line moves only when a corner is on the wrong side.`;
}
