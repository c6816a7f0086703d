/**
 * Gradient checking: compare the backward pass with central differences.
 *
 * For each element x_i we nudge it by ±h and measure
 *   numeric_i = (f(x + h eᵢ) − f(x − h eᵢ)) / (2h),
 * whose error is O(h²) from the Taylor series plus about ε·|f|/h from
 * rounding (ε ≈ 2.2e-16). h = 1e-6 · max(1, |x_i|) keeps both near 1e-10 to
 * 1e-12 for values of order one, and scales with x so large inputs still move.
 *
 * The reported error for element i is
 *   |analytic_i − numeric_i| / max(|analytic_i| + |numeric_i|, floor)
 * with floor = 0.01 by default. Above the floor it is a relative error; below
 * it, an error measured against 0.01, so gradients that are truly 0 (relu off,
 * a saturated sigmoid) do not turn rounding noise into a huge ratio. Rounding
 * noise is about 2e-10·|f|, so the check stays below 1e-6 for |f| up to ~50.
 */
import { backward } from './backward';
import { EngineError } from './errors';
import { mul } from './ops/mul';
import { sum } from './ops/sum';
import { createRng } from './random';
import { Tensor } from './tensor';

/** Settings for {@link maxRelativeError}. */
export interface GradientCheckOptions {
  /** Step relative to max(1, |x_i|); default 1e-6. */
  readonly step?: number;
  /** Smallest denominator of the relative error; default 0.01. */
  readonly floor?: number;
  /** Seed of the fixed weights that reduce a non-scalar output; default 1. */
  readonly seed?: number;
}

/**
 * Reduces f's output to one number. A [1, 1] output is used as is; a larger
 * one becomes Σ w_ij y_ij with fixed random weights, so every output element
 * matters and a constant total (softmax rows sum to 1) cannot hide a mistake.
 */
function toScalar(f: (x: Tensor) => Tensor, seed: number): (x: Tensor) => Tensor {
  return (x) => {
    const y = f(x);
    if (y.size === 1) return y;
    const weights = Tensor.randn(y.shape, createRng(seed));
    return sum(mul(y, weights));
  };
}

/**
 * The largest error between the backward pass and central differences over
 * all elements of x (definition above). `f` must be built from tracked ops
 * and must not change x; x itself is left untouched.
 */
export function maxRelativeError(
  f: (x: Tensor) => Tensor,
  x: Tensor,
  options: GradientCheckOptions = {},
): number {
  const { step = 1e-6, floor = 1e-2, seed = 1 } = options;
  if (!(step > 0) || !(floor > 0)) {
    throw new EngineError('maxRelativeError', `step and floor must be positive, got step ${step} and floor ${floor}`);
  }
  const objective = toScalar(f, seed);

  // Analytic gradient: one backward pass through a fresh copy of x.
  const leaf = x.detach().asParameter();
  const output = objective(leaf);
  backward(output);
  // No grad means the output does not depend on x: the analytic gradient is 0.
  const analytic = leaf.grad ?? new Float64Array(x.size);

  // Numeric gradient: two untracked evaluations per element.
  let worst = 0;
  for (let i = 0; i < x.size; i++) {
    const h = step * Math.max(1, Math.abs(x.data[i]));
    const plus = x.detach();
    plus.data[i] += h;
    const minus = x.detach();
    minus.data[i] -= h;
    const numeric = (objective(plus).item() - objective(minus).item()) / (2 * h);
    const error = Math.abs(analytic[i] - numeric) / Math.max(Math.abs(analytic[i]) + Math.abs(numeric), floor);
    // NaN on either side is the worst possible agreement.
    if (Number.isNaN(error)) return Infinity;
    worst = Math.max(worst, error);
  }
  return worst;
}
