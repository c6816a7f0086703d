/**
 * The logic gates as tiny datasets: the four corners of the unit square, in the order
 * (0,0), (0,1), (1,0), (1,1), each labelled with the gate's output. AND and OR can be split
 * by one line; XOR cannot.
 */
import { makeXor, pointDataset, type Dataset } from '../data/index';

/** The two-input logic gates: AND and OR one neuron can learn, XOR it cannot. */
export type GateName = 'and' | 'or' | 'xor';

/** The truth table of `gate` as a dataset of four 2-D points. */
export function gateDataset(gate: GateName): Dataset {
  if (gate === 'xor') return makeXor();
  const labels = gate === 'and' ? [0, 0, 0, 1] : [0, 1, 1, 1];
  return pointDataset([0, 0, 1, 1], [0, 1, 0, 1], labels);
}
