/**
 * Props of <DeepSignals />: a deep network looked at from inside, layer by layer, at its
 * initialization and after some steps of training. The same schema checks the chapter's tag at
 * build time and the settings read back from the page URL (prefix `ds`).
 */
import { z } from 'zod';
import { defineWidget } from '../shared/define-widget';
import { Seed } from '../shared/seed';

export const ACTIVATION_NAMES = ['tanh', 'relu', 'sigmoid', 'identity'] as const;
/** The initializations, named as the chapter names them; signals-spec.ts gives each one's formula. */
export const INIT_NAMES = ['small', 'unit', 'large', 'lecun', 'xavierNormal', 'xavierUniform', 'heNormal', 'heUniform'] as const;

export const DeepSignalsProps = z
  .object({
    depth: z.number().int().min(2).max(20).default(10).describe('how many hidden layers the network has'),
    width: z.number().int().min(10).max(200).default(100).describe('how many units each hidden layer has'),
    activation: z
      .enum(ACTIVATION_NAMES)
      .default('tanh')
      .describe('the activation of every hidden layer: "identity" is a linear network'),
    init: z
      .enum(INIT_NAMES)
      .default('small')
      .describe(
        'how every weight is drawn: "small", "unit" and "large" are normal with std 0.01, 1 and 10; ' +
          '"lecun" is normal with variance 1/n_in; Xavier uses 2/(n_in + n_out), He 2/n_in',
      ),
    steps: z.number().int().min(0).max(500).default(20).describe('gradient-descent steps before the second look'),
    seed: Seed.default(1).describe('the seed of the weights and of the batch'),
  })
  .strict();

export const DeepSignals = defineWidget({ name: 'DeepSignals', prefix: 'ds', props: DeepSignalsProps });

export type DeepSignalsInput = z.input<typeof DeepSignalsProps>;
export type DeepSignalsSettings = z.output<typeof DeepSignalsProps>;
export type InitName = (typeof INIT_NAMES)[number];
export type SignalsActivation = (typeof ACTIVATION_NAMES)[number];
