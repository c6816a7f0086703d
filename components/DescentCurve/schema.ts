/**
 * Props of <DescentCurve />: gradient descent on a one-parameter loss curve. The same schema
 * checks the chapter's tag at build time and the settings read back from the page URL.
 */
import { z } from 'zod';
import { defineWidget } from '../shared/define-widget';

export const CURVE_NAMES = ['parabola', 'hills'] as const;

export const DescentCurveProps = z
  .object({
    curve: z
      .enum(CURVE_NAMES)
      .default('parabola')
      .describe('the loss curve: "parabola" is L(θ) = λθ²/2, "hills" has several local minima'),
    start: z.number().min(-5).max(5).default(3).describe('the starting value of θ'),
    learningRate: z.number().min(0.001).max(10).default(0.1).describe('the step size η'),
    steps: z.number().int().min(1).max(100).default(20).describe('how many steps the walk takes'),
    curvature: z
      .number()
      .min(0.1)
      .max(10)
      .default(1)
      .describe('λ, the curvature of the parabola; the hills curve ignores it'),
  })
  .strict();

export const DescentCurve = defineWidget({ name: 'DescentCurve', prefix: 'dc', props: DescentCurveProps });

export type DescentCurveInput = z.input<typeof DescentCurveProps>;
export type DescentCurveSettings = z.output<typeof DescentCurveProps>;
