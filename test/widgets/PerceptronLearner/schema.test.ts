import { expect, test } from 'vitest';
import { PerceptronLearner, PerceptronLearnerProps } from '../../../components/PerceptronLearner/schema';
import { isFinished, learnerAt, readouts, statusText } from '../../../components/PerceptronLearner/figure';
import { decodeUrlState } from '../../../components/shared/url-state';
import { propsError } from '../shared/props-error';

const and = PerceptronLearnerProps.parse({});

test('<PerceptronLearner /> defaults to AND with the perceptron rule, η = 1 (integer arithmetic), seed 1', () => {
  expect(and).toEqual({ gate: 'and', rule: 'perceptron', learningRate: 1, seed: 1 });
});

test('<PerceptronLearner> explains bad props', () => {
  expect(propsError(PerceptronLearnerProps, 'PerceptronLearner', { gate: 'nand', rule: 'gradiant', learningRate: '0.1' })).toMatchInlineSnapshot(`
    "content/chapters/neuron.mdx:12 › PerceptronLearner › gate: expected one of "and", "or", "xor", got "nand" (a string)
      fix: did you mean "and"?
    content/chapters/neuron.mdx:12 › PerceptronLearner › rule: expected one of "perceptron", "gradient", got "gradiant" (a string)
      fix: did you mean "gradient"?
    content/chapters/neuron.mdx:12 › PerceptronLearner › learningRate: expected a number from 0.001 to 10, got "0.1" (a string)
      fix: write learningRate={0.1}; quotes make the value text"
  `);
  expect(propsError(PerceptronLearnerProps, 'PerceptronLearner', { learningRate: 0, seed: 1.5, steps: 3 })).toMatchInlineSnapshot(`
    "content/chapters/neuron.mdx:12 › PerceptronLearner › learningRate: expected a number from 0.001 to 10, got 0
    content/chapters/neuron.mdx:12 › PerceptronLearner › seed: expected an integer from 0 to 999999, got 1.5
    content/chapters/neuron.mdx:12 › PerceptronLearner › steps: unknown prop
      fix: allowed props are gate, rule, learningRate, seed"
  `);
});

test('PerceptronLearner: its settings are the props plus the step count (0 at page load), under the prefix pl', () => {
  expect(PerceptronLearner.name).toBe('PerceptronLearner');
  expect(PerceptronLearner.prefix).toBe('pl');
  expect(PerceptronLearner.settings.parse({})).toEqual({ ...and, steps: 0 });
  expect(PerceptronLearner.settings.safeParse({ steps: 1001 }).success).toBe(false);
});

test('PerceptronLearner URL state carries the step count, capped at MAX_STEPS', () => {
  const base = { ...and, steps: 0 };
  expect(decodeUrlState(PerceptronLearner.settings, 'pl1', '?pl1.steps=36&pl1.gate=or', base).state).toEqual({ ...base, steps: 36, gate: 'or' });
  const { state, notes } = decodeUrlState(PerceptronLearner.settings, 'pl1', '?pl1.steps=5000', base);
  expect(state.steps).toBe(0);
  expect(notes[0].message).toMatchInlineSnapshot(`"the link set steps=5000, but it must be an integer from 0 to 1000; showing 0"`);
});

test('readouts and status: from zero, then settled on AND', () => {
  const start = learnerAt(and, 0);
  expect(readouts(start)).toMatchInlineSnapshot(`
    {
      "last": "nothing yet; the first step visits (0, 1)",
      "line": "w₁ = 0, w₂ = 0, b = 0, that is (w₁, w₂, b) = 1 × (0, 0, 0)",
      "loss": "cross-entropy 0.693",
      "mistakes": "3 of 4 corners wrong now; no pass finished yet",
      "progress": "Step 0, pass 1",
    }
  `);
  expect(statusText(start, and)).toMatchInlineSnapshot(`"The line starts at w₁ = w₂ = b = 0: z = 0 everywhere, so the neuron says 1 for every corner."`);
  const settled = learnerAt(and, 40);
  expect(isFinished(settled)).toBe(true);
  expect(readouts(settled).mistakes).toBe('0 of 4 corners wrong now; last pass: 0');
  expect(statusText(settled, and)).toMatchInlineSnapshot(`"Settled: after 40 steps (10 passes) a whole pass made no mistake, so the line computes AND and will not move again. All 4 corners are right. The line is 1·x₁ + 2·x₂ − 3 = 0, and (w₁, w₂, b) = 1 × (1, 2, −3)."`);
});

test('status on XOR after ten passes says no line separates it', () => {
  const xor = { ...and, gate: 'xor' as const };
  const learner = learnerAt(xor, 40);
  expect(isFinished(learner)).toBe(false);
  expect(statusText(learner, xor)).toMatchInlineSnapshot(`"After 10 passes the neuron still gets 2 of 4 corners wrong and every pass made a mistake: no single line separates XOR. It takes a second layer of neurons, as the XOR lab shows."`);
  expect(readouts(learnerAt({ ...xor, rule: 'gradient', learningRate: 0.5 }, 3)).last).toMatch(/^visited \(\d, \d\) with target \d: y = 0\.\d+, (a mistake|right)$/);
});

test('status on XOR with gradient descent does not claim a mistake in every pass', () => {
  const xor = { gate: 'xor', rule: 'gradient', learningRate: 0.5, seed: 1 } as const;
  expect(statusText(learnerAt(xor, 80), xor)).toMatch(/^After 20 passes the neuron still gets [1-4] of 4 corners wrong: no single line separates XOR\./);
});

test('a link past the settling step replays only to it (where Play stops), and the status says so', () => {
  // AND with the perceptron rule settles at step 40 (10 passes): step 999 shows step 40, not "after 999 steps (249 passes)".
  const past = learnerAt(and, 999);
  expect(past.steps).toBe(40);
  expect(past.passes).toBe(10);
  expect(readouts(past).progress).toBe('Step 40, pass 10 done');
  expect(statusText(past, and, 999)).toMatch(
    /^The link asked for step 999, but nothing changes after step 40, so the figure shows step 40\. Settled: after 40 steps \(10 passes\)/,
  );
  // Without a link asking for more, the status is as before.
  expect(statusText(past, and)).toMatch(/^Settled: after 40 steps/);
});
