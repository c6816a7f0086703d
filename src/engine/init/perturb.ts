/**
 * Breaking symmetry after the fact: θ' = θ + ε·n, one standard normal draw n per number,
 * in the order of the flat buffer. A layer started from a constant has identical rows and
 * gets identical gradients, so its rows stay identical for ever; any ε > 0 makes them
 * differ, and training then pulls them further apart.
 */
import { EngineError } from '../errors';
import type { Rng } from '../random';
import { describeValue, expectedGot } from '../text/describe-value';

/** A copy of `parameters` with ε·N(0, 1) added to each (weights and biases alike); `parameters` is left as it was. */
export function perturbed(parameters: ArrayLike<number>, epsilon: number, rng: Rng): Float64Array {
  if (!(Number.isFinite(epsilon) && epsilon >= 0)) {
    throw new EngineError('perturbed', expectedGot('epsilon', 'a finite number ≥ 0', describeValue(epsilon)));
  }
  const result = Float64Array.from(parameters);
  for (let i = 0; i < result.length; i++) result[i] += epsilon * rng.normal();
  return result;
}
