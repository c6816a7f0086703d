/**
 * Two-parameter loss surfaces.
 *
 * bowl: L(x, y) = (a·x² + b·y²)/2, gradient (a·x, b·y), curvatures a and b (default 1 and 10).
 *   An elongated quadratic: steep across the valley, shallow along it, so one learning
 *   rate is too large for one direction while still too small for the other.
 * rosenbrock: L(x, y) = (a − x)² + b·(y − x²)², gradient
 *   (−2(a − x) − 4b·x·(y − x²), 2b·(y − x²)), minimum 0 at (a, a²). A curved, narrow valley
 *   whose floor is almost flat: the classic test of patience for gradient descent.
 */
import { EngineError } from '../errors';
import type { Landscape } from './landscape';

/** The elongated bowl L = (λx·x² + λy·y²)/2: its two curvatures. */
export interface BowlOptions {
  /** Curvature along x (the shallow direction by default). */
  readonly curvatureX?: number;
  /** Curvature along y (the steep direction by default). */
  readonly curvatureY?: number;
}

/** The elongated quadratic bowl L(x, y) = (a·x² + b·y²)/2. */
export function elongatedBowl({ curvatureX = 1, curvatureY = 10 }: BowlOptions = {}): Landscape {
  for (const [name, value] of [['curvatureX', curvatureX], ['curvatureY', curvatureY]] as const) {
    if (!(value > 0) || !Number.isFinite(value)) {
      throw new EngineError('elongatedBowl', `${name} must be a positive finite number, got ${value}`);
    }
  }
  return {
    name: 'bowl',
    formula: `L(x, y) = (${curvatureX}·x² + ${curvatureY}·y²)/2`,
    kind: 'surface',
    dimensions: 2,
    loss: ([x, y]) => (curvatureX * x * x + curvatureY * y * y) / 2,
    gradient: ([x, y]) => [curvatureX * x, curvatureY * y],
    curvatures: [curvatureX, curvatureY],
    minima: [[0, 0]],
    domain: [[-5, 5], [-3, 3]],
  };
}

/** Rosenbrock's valley L = (a − x)² + b(y − x²)², minimum at (a, a²). */
export interface RosenbrockOptions {
  /** Where the minimum lies along x (default 1). */
  readonly a?: number;
  /** How steep the valley's walls are (default 100). */
  readonly b?: number;
}

/** Rosenbrock's valley L(x, y) = (a − x)² + b·(y − x²)², minimum at (a, a²). */
export function rosenbrock({ a = 1, b = 100 }: RosenbrockOptions = {}): Landscape {
  if (!Number.isFinite(a) || !(b > 0) || !Number.isFinite(b)) {
    throw new EngineError('rosenbrock', `a must be finite and b positive and finite, got a = ${a}, b = ${b}`);
  }
  return {
    name: 'rosenbrock',
    formula: `L(x, y) = (${a} − x)² + ${b}·(y − x²)²`,
    kind: 'surface',
    dimensions: 2,
    loss: ([x, y]) => (a - x) * (a - x) + b * ((y - x * x) * (y - x * x)),
    gradient: ([x, y]) => [-2 * (a - x) - 4 * b * x * (y - x * x), 2 * b * (y - x * x)],
    minima: [[a, a * a]],
    domain: [[-2, 2], [-1, 3]],
  };
}
