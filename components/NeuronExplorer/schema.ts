/**
 * Props of <NeuronExplorer />: one neuron with 2–5 inputs, its weights, a bias and an activation.
 * The same schema checks the tag at build time and the settings read back from the URL.
 */
import { z } from 'zod';
import { defineWidget } from '../shared/define-widget';

export const EXPLORER_ACTIVATIONS = ['step', 'sigmoid', 'tanh', 'relu', 'identity'] as const;
export const MAX_INPUTS = 5;

/** Inputs and weights the figure starts from when the tag gives none (the chapter's example first). */
export const DEFAULT_VALUES = [1, 2, -1, 0.5, -2] as const;
export const DEFAULT_WEIGHTS = [0.4, -0.3, 0.8, 0.5, -0.2] as const;

/** A value, weight or bias: any number from −10 to 10. */
export const Quantity = z.number().min(-10).max(10);

/** How many inputs the neuron has (and how many rows of boxes show). */
export const InputCount = z.number().int().min(2).max(MAX_INPUTS);

export const NeuronExplorerProps = z
  .object({
    inputs: InputCount.default(3).describe('how many inputs x_i the neuron has'),
    activation: z.enum(EXPLORER_ACTIVATIONS).default('sigmoid').describe('the activation f applied to z'),
    values: z.array(Quantity).min(2).max(MAX_INPUTS).optional().describe('the inputs x_1 … x_n, one per input'),
    weights: z.array(Quantity).min(2).max(MAX_INPUTS).optional().describe('the weights w_1 … w_n, one per input'),
    bias: Quantity.default(0.5).describe('the bias b added to the sum'),
  })
  .strict()
  .superRefine((props, context) => {
    for (const key of ['values', 'weights'] as const) {
      const list = props[key];
      if (list && list.length !== props.inputs) {
        context.addIssue({
          code: 'custom',
          path: [key],
          message: `expected ${props.inputs} ${key} (one per input, as inputs={${props.inputs}}), got ${list.length}`,
        });
      }
    }
  });

export const NeuronExplorer = defineWidget({ name: 'NeuronExplorer', prefix: 'ne', props: NeuronExplorerProps });

export type NeuronExplorerInput = z.input<typeof NeuronExplorerProps>;
export type NeuronExplorerSettings = z.output<typeof NeuronExplorerProps>;

/** The settings with both lists filled in to the number of inputs. */
export interface ResolvedExplorerSettings {
  inputs: number;
  activation: (typeof EXPLORER_ACTIVATIONS)[number];
  values: number[];
  weights: number[];
  bias: number;
}

/** Fills in missing lists from the defaults. */
export function resolveExplorerSettings(settings: NeuronExplorerSettings): ResolvedExplorerSettings {
  const { inputs } = settings;
  return {
    inputs,
    activation: settings.activation,
    values: settings.values ? [...settings.values] : DEFAULT_VALUES.slice(0, inputs),
    weights: settings.weights ? [...settings.weights] : DEFAULT_WEIGHTS.slice(0, inputs),
    bias: settings.bias,
  };
}

/** What all MAX_INPUTS rows of boxes hold, shown or not: a value and a weight per row. */
export interface ExplorerRows {
  readonly values: readonly number[];
  readonly weights: readonly number[];
}

/**
 * The rows with `settings` shown: its entries in the first rows, and beyond them what `rows`
 * held (the defaults at first), so a row the reader adds back shows a number.
 */
export function explorerRows(
  settings: NeuronExplorerSettings,
  rows: ExplorerRows = { values: DEFAULT_VALUES, weights: DEFAULT_WEIGHTS },
): ExplorerRows {
  const resolved = resolveExplorerSettings(settings);
  return {
    values: rows.values.map((value, i) => resolved.values[i] ?? value),
    weights: rows.weights.map((weight, i) => resolved.weights[i] ?? weight),
  };
}

/** The settings change that shows the first `inputs` rows: the count and both lists, which must agree. */
export function showRows(rows: ExplorerRows, inputs: number): Pick<NeuronExplorerSettings, 'inputs' | 'values' | 'weights'> {
  return { inputs, values: rows.values.slice(0, inputs), weights: rows.weights.slice(0, inputs) };
}
