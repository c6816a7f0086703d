import { z } from 'zod';

/** A widget-like props schema exercising every kind of field the shared code describes. */
export const SampleProps = z
  .object({
    inputs: z.number().int().min(2).max(5).default(3).describe('number of inputs'),
    activation: z.enum(['step', 'sigmoid', 'tanh']).default('sigmoid'),
    learningRate: z.number().min(0.0001).max(10).default(0.1),
    weights: z.array(z.number().min(-10).max(10)).min(2).max(5).optional(),
    derivatives: z.boolean().default(true),
    start: z.tuple([z.number().min(-3).max(3), z.number().min(-3).max(3)]).default([1, 1]),
  })
  .strict()
  .superRefine((props, context) => {
    if (props.weights && props.weights.length !== props.inputs) {
      context.addIssue({
        code: 'custom',
        path: ['weights'],
        message: `expected ${props.inputs} weights (one per input), got ${props.weights.length}`,
      });
    }
  });
