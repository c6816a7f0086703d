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
    // Zeros and the constant start are written as such (z × 0 would give −0 for a negative z).
    const fixed = spec.kind === 'zeros' ? 0 : spec.kind === 'constant' ? spec.value : undefined;
    const scale = fixed === undefined ? standardNormalScale(spec, matrix[0].length, fanOut) : 0;
    for (const row of matrix) for (const z of row) parameters.push(fixed ?? z * scale);
    for (let unit = 0; unit < fanOut; unit++) parameters.push(0);
  }
  return parameters;
}
