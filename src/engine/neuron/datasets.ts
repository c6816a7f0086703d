/**
 * The data sets of chapter 1's figures: two Gaussian clouds that one line can split well,
 * and the logic gates' truth tables.
 */
import { makeBlobs, type Dataset } from '../data/index';
import { createRng } from '../random';
import { gateDataset, type GateName } from './gates';
import type { Box } from './line';

/** The data sets of the one-neuron figures: two seeded Gaussian blobs or a logic gate's four points. */
export type NeuronDatasetName = 'blobs' | GateName;

/** Class 0 around (−1, −0.5), class 1 around (1, 1), 40 points in all: they overlap a little. */
const BLOBS = { count: 40, centers: [[-1, -0.5], [1, 1]] as [number, number][], std: 0.7 };

/** The named data set; only `blobs` uses the seed. */
export function neuronDataset(name: NeuronDatasetName, seed: number): Dataset {
  return name === 'blobs' ? makeBlobs(BLOBS, createRng(seed)) : gateDataset(name);
}

/** The part of the plane a figure of this data set shows. */
export function neuronDatasetBox(name: NeuronDatasetName): Box {
  return name === 'blobs'
    ? { xMin: -3.5, xMax: 3.5, yMin: -3.5, yMax: 3.5 }
    : { xMin: -0.5, xMax: 1.5, yMin: -0.5, yMax: 1.5 };
}
