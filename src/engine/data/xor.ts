/**
 * XOR: the four corners of the unit square, labelled 1 when exactly one
 * coordinate is 1. No single line separates them, which is why one neuron
 * cannot learn it and a hidden layer can.
 */
import { pointDataset, type Dataset } from './dataset';

/** (0,0) → 0, (0,1) → 1, (1,0) → 1, (1,1) → 0, in that order. */
export function makeXor(): Dataset {
  return pointDataset([0, 0, 1, 1], [0, 1, 0, 1], [0, 1, 1, 0]);
}
