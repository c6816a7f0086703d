/**
 * Gradient descent on a toy landscape, with optional momentum in PyTorch's convention:
 *
 *   v ← μ·v + g,   θ ← θ − η·v      (plain descent when μ = 0: θ ← θ − η·g)
 *
 * With stepScales p, each parameter takes its own step size η·pᵢ: θᵢ ← θᵢ − η·pᵢ·vᵢ (a
 * diagonal preconditioner; quadratic.ts shows it is descent in rescaled coordinates).
 *
 * The walk records every point and loss. A walk that diverges by the engine's one rule
 * (train/divergence.ts: a loss that is not finite or past 10⁶ times its start) has left the
 * landscape for good: it stops there and the result says so in words. That is a result,
 * not an exception.
 */
import { EngineError } from '../errors';
import type { Landscape } from './landscape';
import { hypot } from '../math/index';
import { divergenceOf, lossDivergence, type Divergence } from '../train/divergence';

/** Where a gradient-descent walk starts, how it steps, and for how long. */
export interface DescentOptions {
  /** The starting point, one number per parameter. */
  readonly start: readonly number[];
  /** The step size η (> 0). */
  readonly learningRate: number;
  /** The momentum μ in [0, 1); 0 means plain gradient descent. */
  readonly momentum?: number;
  /** How many steps to take. */
  readonly steps: number;
  /** Per-parameter factors pᵢ > 0 on the step size (default 1 each): parameter i steps by η·pᵢ. */
  readonly stepScales?: readonly number[];
}

/** A finished walk: every point it visited, with the loss and gradient length there. */
export interface DescentRun {
  readonly status: 'finished' | 'diverged';
  /** points[t] is the position after t steps; points[0] is the start. */
  readonly points: readonly (readonly number[])[];
  /** losses[t] is the loss at points[t]. */
  readonly losses: readonly number[];
  /** gradientNorms[t] is the length of the gradient at points[t]. */
  readonly gradientNorms: readonly number[];
  /** Where the walk broke the divergence rule; its step is 1-based (step 1 moves from the start). */
  readonly divergence?: Divergence;
}

/** Walks `steps` steps of gradient descent (with momentum) from `start`; stops early on divergence. */
export function descend(landscape: Landscape, options: DescentOptions): DescentRun {
  const { start, learningRate, momentum = 0, steps } = options;
  assertDescentOptions(landscape, start, learningRate, momentum, steps);
  const stepScales = options.stepScales ?? start.map(() => 1);
  if (stepScales.length !== start.length || !stepScales.every((p) => p > 0 && Number.isFinite(p))) {
    throw new EngineError('descend', `stepScales must be ${start.length} positive finite number(s), got [${stepScales.join(', ')}]`);
  }
  const position = [...start];
  const velocity = position.map(() => 0);
  let gradient = landscape.gradient(position);
  const points: number[][] = [[...position]];
  const losses = [landscape.loss(position)];
  const gradientNorms = [hypot(...gradient)];
  for (let step = 1; step <= steps; step++) {
    for (let i = 0; i < position.length; i++) {
      velocity[i] = momentum * velocity[i] + gradient[i];
      position[i] -= learningRate * stepScales[i] * velocity[i];
    }
    const loss = landscape.loss(position);
    gradient = landscape.gradient(position);
    points.push([...position]);
    losses.push(loss);
    gradientNorms.push(hypot(...gradient));
    const reason = lossDivergence(loss, losses[0]);
    if (reason !== null) {
      const detail = { step, reason, learningRate, startLoss: losses[0], loss };
      const divergence = divergenceOf(detail, `this loss ${landscape.kind}`);
      return { status: 'diverged', points, losses, gradientNorms, divergence };
    }
  }
  return { status: 'finished', points, losses, gradientNorms };
}

function assertDescentOptions(
  landscape: Landscape,
  start: readonly number[],
  learningRate: number,
  momentum: number,
  steps: number,
): void {
  if (start.length !== landscape.dimensions || !start.every(Number.isFinite)) {
    throw new EngineError(
      'descend',
      `start must be ${landscape.dimensions} finite number(s) for the ${landscape.name} landscape, got [${start.join(', ')}]`,
    );
  }
  if (!(learningRate > 0) || !Number.isFinite(learningRate)) {
    throw new EngineError('descend', `learningRate must be a positive finite number, got ${learningRate}`);
  }
  if (!(momentum >= 0 && momentum < 1)) {
    throw new EngineError('descend', `momentum must be in [0, 1), got ${momentum}`);
  }
  if (!Number.isInteger(steps) || steps < 0) {
    throw new EngineError('descend', `steps must be a whole number ≥ 0, got ${steps}`);
  }
}
