/**
 * Props of <InitExperiment />: the classic initialization experiment. A [2, hidden…, 1]
 * network (ReLU hidden layers, sigmoid output, mean cross-entropy, full-batch gradient
 * descent) learns the two circles from a chosen starting point; the figure shows the cost
 * falling, the decision boundary and the accuracies, and keeps a table of the runs. The same
 * schema checks the chapter's tag at build time and the settings read back from the page URL.
 */
import { z } from 'zod';
import { LearningRateSweepProps } from '../LearningRateSweep/schema';
import { defineWidget } from '../shared/define-widget';
import { Seed } from '../shared/seed';

/** The starting weights a reader can pick, in the order the chapter introduces them. */
export const INIT_NAMES = ['zeros', 'constant', 'small', 'large', 'lecun', 'xavier', 'he'] as const;
export type InitName = (typeof INIT_NAMES)[number];

export const MODE_NAMES = ['seeded', 'classic'] as const;

/** The published network's hidden layers: classic mode's starting draws have exactly these shapes. */
export const CLASSIC_HIDDEN: readonly number[] = [10, 5];

// The hidden-layer box shares LearningRateSweep's rules (1 to 3 layers of 1 to 32 units) and its parser.
const HIDDEN = LearningRateSweepProps.innerType().shape.hidden.removeDefault();

export const InitExperimentProps = z
  .object({
    init: z
      .enum(INIT_NAMES)
      .default('he')
      .describe('the starting weights: zeros, constant 0.5, small (normal × 0.01), large (normal × 10), lecun, xavier or he'),
    mode: z
      .enum(MODE_NAMES)
      .default('seeded')
      .describe('"seeded": circles and draws from the seed; "classic": the published data and starting draws'),
    seed: Seed.default(1).describe('draws the circles and the starting weights in seeded mode (classic mode uses the published ones)'),
    iterations: z.number().int().min(100).max(30000).default(15000).describe('full-batch gradient-descent steps'),
    learningRate: z.number().min(0.0001).max(10).default(0.01).describe('the step size η'),
    hidden: HIDDEN.default([...CLASSIC_HIDDEN]).describe('sizes of the hidden layers (ReLU), e.g. [10, 5]'),
  })
  .strict()
  .superRefine((props, context) => {
    // One issue per field, so a link that sets only one of them loses only that one.
    const classic = CLASSIC_HIDDEN.join(', ');
    if (props.mode === 'classic' && props.hidden.join(', ') !== classic) {
      context.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['hidden'],
        message: `expected hidden layers ${classic} in classic mode (the published network), got ${props.hidden.join(', ')}`,
      });
      context.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['mode'],
        message: `expected "seeded" with hidden layers ${props.hidden.join(', ')} (classic mode needs ${classic}), got "classic"`,
      });
    }
  });

export type InitExperimentInput = z.input<typeof InitExperimentProps>;
export type InitExperimentSettings = z.output<typeof InitExperimentProps>;

export const InitExperiment = defineWidget({ name: 'InitExperiment', prefix: 'ie', props: InitExperimentProps });
