/**
 * Props of <PerceptronLearner />: a gate's truth table, a learning rule, its learning rate and
 * the seed that orders the examples. The settings add `steps`, so a link reopens the same moment.
 */
import { z } from 'zod';
import { defineWidget, type SettingsOf } from '../shared/define-widget';
import { Seed } from '../shared/seed';

export const GATES = ['and', 'or', 'xor'] as const;
export const RULES = ['perceptron', 'gradient'] as const;
/** Play stops here if the line has not settled (XOR never does). */
export const MAX_STEPS = 1000;

export const LearningRate = z.number().min(0.001).max(10);

export const PerceptronLearnerProps = z
  .object({
    gate: z.enum(GATES).default('and').describe('the truth table to learn: and, or, or xor (no line separates it)'),
    rule: z.enum(RULES).default('perceptron').describe('perceptron rule (step neuron) or gradient descent on a sigmoid neuron'),
    learningRate: LearningRate.default(1).describe('step size η of each update (a perceptron started at 0 takes the same steps for every η; only its numbers scale)'),
    seed: Seed.default(1).describe('orders the four corners in each pass'),
  })
  .strict();

/**
 * The widget's settings are the props plus how many steps have been taken: the URL records
 * them, and a link replays to that step. The tag itself takes the props only, so `steps` in a
 * chapter is still an unknown prop.
 */
export const PerceptronLearner = defineWidget({
  name: 'PerceptronLearner',
  prefix: 'pl',
  props: PerceptronLearnerProps,
  settings: PerceptronLearnerProps.extend({
    steps: z.number().int().min(0).max(MAX_STEPS).default(0).describe('updates taken so far'),
  }),
});

export type PerceptronLearnerInput = z.input<typeof PerceptronLearnerProps>;
export type PerceptronLearnerSettings = SettingsOf<typeof PerceptronLearner>;
/** The learning problem the tag sets (gate, rule, rate, seed): the settings without the step count. */
export type PerceptronLearnerProblem = z.output<typeof PerceptronLearnerProps>;
