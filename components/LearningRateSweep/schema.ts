/**
 * Props of <LearningRateSweep />: a small network trained for a fixed number of steps at
 * several learning rates on a log scale, in a Web Worker. The same schema checks the
 * chapter's tag at build time and the settings read back from the page URL.
 */
import { z } from 'zod';
import { defineWidget } from '../shared/define-widget';
import { Seed } from '../shared/seed';

export const DATASET_NAMES = ['circles', 'moons', 'xor', 'spirals'] as const;

export const LearningRateSweepProps = z
  .object({
    dataset: z.enum(DATASET_NAMES).default('moons').describe('the 2-D data set the network learns to classify'),
    hidden: z
      .array(z.number().int().min(1).max(32))
      .min(1)
      .max(3)
      .default([8])
      .describe('sizes of the hidden layers (tanh), e.g. [8] or [16, 8]'),
    minRate: z.number().min(0.00001).max(100).default(0.001).describe('the smallest learning rate tried'),
    maxRate: z.number().min(0.00001).max(100).default(10).describe('the largest learning rate tried'),
    count: z.number().int().min(8).max(12).default(10).describe('how many learning rates, spaced evenly on a log scale'),
    steps: z.number().int().min(10).max(2000).default(300).describe('training steps per learning rate (full batch)'),
    seed: Seed.default(1).describe('seed of the data and the initial weights'),
  })
  .strict()
  .superRefine((props, context) => {
    // One issue per field, so a link that sets only one of them loses only that one.
    if (props.minRate >= props.maxRate) {
      context.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['minRate'],
        message: `expected a rate below maxRate (${props.maxRate}), got ${props.minRate}`,
      });
      context.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['maxRate'],
        message: `expected a rate above minRate (${props.minRate}), got ${props.maxRate}`,
      });
    }
  });

export type LearningRateSweepInput = z.input<typeof LearningRateSweepProps>;
export type LearningRateSweepSettings = z.output<typeof LearningRateSweepProps>;

export const LearningRateSweep = defineWidget({ name: 'LearningRateSweep', prefix: 'lrs', props: LearningRateSweepProps });
