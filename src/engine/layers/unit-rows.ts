/**
 * The units of a layer side by side: row o holds what unit o reads, its weights from every
 * input and then its bias. Two units whose rows are equal compute the same thing and get the
 * same gradient, so how far apart the rows are measures how much a layer's symmetry has been
 * broken (a constant start keeps it at exactly 0 for ever).
 */
import { EngineError } from '../errors';
import { expectedGot } from '../text/describe-value';
import { parameterLayout } from './parameter-layout';
import type { SequentialSpec } from './sequential';

/** Layer `layer`'s rows [w from input 1, …, w from input n, bias (if the layer has one)], read from the flat buffer. */
export function unitRows(model: SequentialSpec, parameters: ArrayLike<number>, layer: number): number[][] {
  const spec = model.layers[layer];
  if (spec === undefined) {
    throw new EngineError('unitRows', expectedGot('layer', `an index from 0 to ${model.layers.length - 1}`, String(layer)));
  }
  const { size, slots } = parameterLayout(model);
  if (parameters.length !== size) {
    throw new EngineError('unitRows', expectedGot('parameters', `${size} numbers for this model`, `${parameters.length}`));
  }
  const { weightOffset, biasOffset } = slots[layer];
  return Array.from({ length: spec.outputSize }, (_, unit) => {
    const row: number[] = [];
    for (let input = 0; input < spec.inputSize; input++) row.push(parameters[weightOffset + unit * spec.inputSize + input]);
    if (biasOffset >= 0) row.push(parameters[biasOffset + unit]);
    return row;
  });
}

/**
 * The largest |a − b| between the same entry of two rows. Exactly 0 only when every row is the
 * same numbers bit for bit (−0 and 0 aside): float subtraction of unequal finite numbers never
 * gives 0.
 */
export function largestRowDifference(rows: readonly (readonly number[])[]): number {
  let largest = 0;
  for (let column = 0; column < (rows[0]?.length ?? 0); column++) {
    let low = Infinity;
    let high = -Infinity;
    for (const row of rows) {
      low = Math.min(low, row[column]);
      high = Math.max(high, row[column]);
    }
    largest = Math.max(largest, high - low);
  }
  return largest;
}
