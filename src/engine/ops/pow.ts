/**
 * pow(x, p) = xᵖ, elementwise, for a constant exponent p.
 * Derivative: p · xᵖ⁻¹. Domain: any x for integer p; x > 0 for fractional p
 * (a negative base gives NaN), and x ≠ 0 for p < 1.
 */
import { EngineError } from '../errors';
import { describeValue } from '../text/describe-value';
import { accumulate, track } from '../graph';
import type { Tensor } from '../tensor';
import * as math from '../math/index';

/** xᵖ elementwise for a constant, finite p. */
export function pow(x: Tensor, p: number): Tensor {
  if (!Number.isFinite(p)) {
    throw new EngineError('pow', `exponent must be a finite number, got ${describeValue(p)}`);
  }
  const y = x.map((v) => math.pow(v, p));
  return track(y, 'pow', [x], (dy) => {
    accumulate(x, dy.zip(x, (g, v) => g * p * math.pow(v, p - 1)));
  });
}
