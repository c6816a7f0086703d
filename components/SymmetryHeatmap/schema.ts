/**
 * Props of <SymmetryHeatmap />: a network 2 → hidden → 1 whose weights all start at one
 * constant, trained on seeded circles, and the size and seed of the nudge that breaks its
 * symmetry. The settings add where the run stands (`steps`) and the step the nudge was
 * applied at (`perturbAt`, none until the reader presses Perturb), so a link replays the run.
 */
import { z } from 'zod';
import { defineWidget, type SettingsOf } from '../shared/define-widget';
import { Seed } from '../shared/seed';

export const ACTIVATIONS = ['tanh', 'relu'] as const;
/** Run stops here: the perturbed network has long finished separating its rows by then. */
export const MAX_STEPS = 5000;

export const SymmetryHeatmapProps = z
  .object({
    value: z.number().min(-2).max(2).default(0.5).describe('the constant every weight starts at (0 is the zero initialization); biases start at 0'),
    activation: z.enum(ACTIVATIONS).default('tanh').describe('activation of the hidden layer (the output is a sigmoid)'),
    hiddenUnits: z.number().int().min(2).max(10).default(6).describe('units in the hidden layer: the rows of the heatmap'),
    learningRate: z.number().min(0.001).max(5).default(0.5).describe('step size of full-batch gradient descent'),
    epsilon: z.number().min(0.000001).max(0.1).default(0.001).describe('size ε of the perturbation: each weight and bias moves by ε times a standard normal draw'),
    perturbSeed: Seed.default(1).describe('seed of the perturbation draws'),
    seed: Seed.default(1).describe('seed of the circles'),
  })
  .strict();

const Step = z.number().int().min(0).max(MAX_STEPS);

export const SymmetryHeatmap = defineWidget({
  name: 'SymmetryHeatmap',
  prefix: 'sy',
  props: SymmetryHeatmapProps,
  settings: SymmetryHeatmapProps.extend({
    steps: Step.default(0).describe('training steps taken so far'),
    perturbAt: Step.optional().describe('the step at which the perturbation was added (none if left out)'),
  }).superRefine((settings, context) => {
    if (settings.perturbAt !== undefined && settings.perturbAt > settings.steps) {
      context.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['perturbAt'],
        message: `expected a step no later than steps (${settings.steps}), got ${settings.perturbAt}`,
      });
    }
  }),
});

export type SymmetryHeatmapInput = z.input<typeof SymmetryHeatmapProps>;
export type SymmetryHeatmapSettings = SettingsOf<typeof SymmetryHeatmap>;
