/**
 * Classic mode's starting parameters: the published standard-normal draws z, scaled per
 * start as the exercise scaled them (weights = z × scale, scale from the engine), biases zero,
 * in the engine's flat layout (each layer's W row by row, then its b). Zeros and the constant
 * start need no draws. Pure.
 */
import { standardNormalScale } from '../../src/engine/index';
import { INIT_SPECS } from './init-choices';
import type { InitName } from './schema';

/** The flat parameters of the published network [2, 10, 5, 1] for `init`, from `draws` (one [n_out][n_in] matrix per layer). */
export function classicParameters(init: InitName, draws: readonly (readonly (readonly number[])[])[]): number[] {
  const spec = INIT_SPECS[init];
  const parameters: number[] = [];
  for (const matrix of draws) {
    const fanOut = matrix.length;
    const fanIn = matrix[0].length;
    const weightOf =
      spec.kind === 'zeros' ? () => 0
      : spec.kind === 'constant' ? () => spec.value
      : ((scale: number) => (z: number) => z * scale)(standardNormalScale(spec, fanIn, fanOut));
    for (const row of matrix) for (const z of row) parameters.push(weightOf(z));
    for (let unit = 0; unit < fanOut; unit++) parameters.push(0);
  }
  return parameters;
}
