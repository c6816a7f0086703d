/** Props of <ActivationPlot />: which activations to draw, and whether to add their slopes. */
import { z } from 'zod';
import { defineWidget } from '../shared/define-widget';

export const PLOTTABLE_ACTIVATIONS = ['step', 'sigmoid', 'tanh', 'relu', 'identity', 'leakyRelu', 'softplus', 'gelu'] as const;

export const ActivationPlotProps = z
  .object({
    show: z
      .array(z.enum(PLOTTABLE_ACTIVATIONS))
      .min(1)
      .max(PLOTTABLE_ACTIVATIONS.length)
      .default(['step', 'sigmoid', 'tanh', 'relu', 'identity'])
      .describe('the activations to draw, one small plot each, in this order'),
    derivatives: z.boolean().default(true).describe('also draw each slope f′(z), dashed'),
  })
  .strict()
  .superRefine((props, context) => {
    const repeated = props.show.filter((name, i) => props.show.indexOf(name) !== i);
    if (repeated.length > 0) {
      context.addIssue({ code: 'custom', path: ['show'], message: `expected each activation once, got ${repeated.map((name) => `"${name}"`).join(', ')} twice` });
    }
  });

/** A static figure: no view.ts, so its shell carries no data-prefix and the page never hydrates it. */
export const ActivationPlot = defineWidget({ name: 'ActivationPlot', prefix: 'ap', props: ActivationPlotProps });

export type ActivationPlotInput = z.input<typeof ActivationPlotProps>;
export type ActivationPlotSettings = z.output<typeof ActivationPlotProps>;
