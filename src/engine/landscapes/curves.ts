/**
 * One-parameter loss curves.
 *
 * parabola: L(θ) = λθ²/2, slope λθ, curvature λ everywhere. The simplest bowl:
 *   one step of gradient descent multiplies θ by (1 − ηλ), which is why the
 *   product ηλ alone decides what the walk does.
 * hills: L(θ) = θ²/10 + sin(2θ) + 1, slope θ/5 + 2cos(2θ). A wide bowl with ripples,
 *   so it has several local minima (three inside [−5, 5]); the lowest is near θ = −0.76.
 */
import { EngineError } from '../errors';
import type { AxisRange, Landscape } from './landscape';
import { cos, sin } from '../math/index';

/** L(θ) = λθ²/2 with curvature λ > 0. */
export function parabola(curvature = 1): Landscape {
  if (!(curvature > 0) || !Number.isFinite(curvature)) {
    throw new EngineError('parabola', `curvature must be a positive finite number, got ${curvature}`);
  }
  return {
    name: 'parabola',
    formula: `L(θ) = ${curvature}·θ²/2`,
    kind: 'curve',
    dimensions: 1,
    loss: ([theta]) => (curvature * theta * theta) / 2,
    gradient: ([theta]) => [curvature * theta],
    curvatures: [curvature],
    minima: [[0]],
    domain: [[-4, 4]],
  };
}

const hillsLoss = (theta: number): number => (theta * theta) / 10 + sin(2 * theta) + 1;
const hillsSlope = (theta: number): number => theta / 5 + 2 * cos(2 * theta);
const HILLS_DOMAIN: AxisRange = [-5, 5];

/** L(θ) = θ²/10 + sin(2θ) + 1: several local minima, the lowest near θ = −0.76. */
export function hills(): Landscape {
  const minima = findCurveMinima(hillsLoss, hillsSlope, HILLS_DOMAIN);
  return {
    name: 'hills',
    formula: 'L(θ) = θ²/10 + sin(2θ) + 1',
    kind: 'curve',
    dimensions: 1,
    loss: ([theta]) => hillsLoss(theta),
    gradient: ([theta]) => [hillsSlope(theta)],
    minima: minima.map((theta) => [theta]),
    domain: [HILLS_DOMAIN],
  };
}

/**
 * The local minima of a smooth curve inside a range, lowest loss first: the points where
 * the slope crosses zero from negative to positive, located by bisection to full precision.
 */
export function findCurveMinima(
  loss: (theta: number) => number,
  slope: (theta: number) => number,
  [low, high]: AxisRange,
  samples = 2000,
): number[] {
  const found: number[] = [];
  const width = (high - low) / samples;
  for (let i = 0; i < samples; i++) {
    let left = low + i * width;
    let right = left + width;
    if (!(slope(left) < 0 && slope(right) >= 0)) continue;
    // Bisect until the bracket stops shrinking in float64.
    for (let k = 0; k < 200 && right - left > 0; k++) {
      const middle = (left + right) / 2;
      if (middle === left || middle === right) break;
      if (slope(middle) < 0) left = middle;
      else right = middle;
    }
    found.push(Math.abs(slope(left)) < Math.abs(slope(right)) ? left : right);
  }
  return found.sort((a, b) => loss(a) - loss(b));
}
