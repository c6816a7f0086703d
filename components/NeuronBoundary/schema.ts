/**
 * Props of <NeuronBoundary />: a 2-D data set and the line of one neuron, w1·x1 + w2·x2 + b = 0.
 * The same schema checks the tag at build time and the settings read back from the URL.
 */
import { z } from 'zod';
import { defineWidget } from '../shared/define-widget';
import { Seed } from '../shared/seed';

export const BOUNDARY_DATASETS = ['blobs', 'and', 'or'] as const;

/** How far a weight or the bias may go either side of 0 (boxes, sliders and dragging stop there). */
export const PARAMETER_LIMIT = 10;

/** A weight or the bias: any number from −10 to 10. */
export const Parameter = z.number().min(-PARAMETER_LIMIT).max(PARAMETER_LIMIT);

export const NeuronBoundaryProps = z
  .object({
    dataset: z.enum(BOUNDARY_DATASETS).default('blobs').describe('two clouds of points, or the AND / OR truth table'),
    seed: Seed.default(1).describe('draws the blobs; the same seed gives the same points'),
    w1: Parameter.default(1).describe('weight of x1 at page load'),
    w2: Parameter.default(-1).describe('weight of x2 at page load'),
    bias: Parameter.default(0).describe('bias b at page load'),
  })
  .strict();

export const NeuronBoundary = defineWidget({ name: 'NeuronBoundary', prefix: 'nb', props: NeuronBoundaryProps });

export type NeuronBoundaryInput = z.input<typeof NeuronBoundaryProps>;
export type NeuronBoundarySettings = z.output<typeof NeuronBoundaryProps>;
