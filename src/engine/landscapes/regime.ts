/**
 * What a gradient-descent walk does, in one word: crawls, converges, oscillates, bounces, diverges.
 *
 * On a quadratic with curvature λ the answer follows from the curvature alone. With
 * momentum μ (PyTorch convention) the distance to the minimum obeys
 *   d[t+1] = (1 + μ − ηλ)·d[t] − μ·d[t−1],
 * whose characteristic roots r solve r² − (1 + μ − ηλ)·r + μ = 0. The largest |r| (the
 * contraction ρ) is the factor by which the distance shrinks per step; with μ = 0 it is
 * |1 − ηλ|. So: ρ > 1 diverges; ρ = 1 exactly (ηλ = 2(1 + μ), with μ = 0 the factor −1)
 * bounces back and forth for ever, neither converging nor diverging; a negative or complex
 * dominant root overshoots every step (oscillates); otherwise the walk approaches from one
 * side, and it crawls when after all its steps more than CRAWL_REMAINING of the distance
 * (ρ^steps) is still left.
 *
 * The two edges the chapter states as formulas, ηλ = 2(1 + μ) (stable or not) and, without
 * momentum, ηλ = 1 (one side or overshoot), are decided exactly, from the decimal values
 * the reader typed, never by a rounding error of the product: 0.7 × (20/7) is not the point.
 * η = 0.2 and λ = 10 give ηλ = 2 exactly, and so a bounce, whatever 0.2 × 10 rounds to.
 *
 * Where the curvature is not known (hills, Rosenbrock) the same words are read from the
 * trajectory, with rules that agree with the formula on a parabola (tested).
 */
import type { DescentRun } from './descend';
import type { Landscape } from './landscape';
import { hypot, pow } from '../math/index';
import { compareRateTimesCurvature } from './exact-edge';

/** How a walk behaves: too slow to arrive, settles, overshoots back and forth, or runs away. */
export type Regime = 'crawls' | 'converges' | 'oscillates' | 'bounces' | 'diverges';

/** A walk that still has more than this share of the way to go when its steps run out crawls. */
export const CRAWL_REMAINING = 0.25;

/** One axis of a quadratic read off its curvature λ: the factor each step multiplies the error by. */
export interface QuadraticReading {
  readonly regime: Regime;
  /** ρ: the factor the distance to the minimum shrinks (< 1) or grows (> 1) by per step. */
  readonly contraction: number;
  /** ηλ, the number that decides everything when μ = 0. */
  readonly rateTimesCurvature: number;
}

/** The largest stable learning rate on a quadratic of curvature λ with momentum μ: 2(1 + μ)/λ (at it, the walk bounces). */
export function stabilityLimit(curvature: number, momentum = 0): number {
  return (2 * (1 + momentum)) / curvature;
}

/** Classifies descent on a quadratic of curvature λ from η, μ and the number of steps. */
export function classifyQuadratic(
  curvature: number,
  learningRate: number,
  momentum: number,
  steps: number,
): QuadraticReading {
  const rateTimesCurvature = learningRate * curvature;
  // ηλ against the stability edge 2(1 + μ), and (without momentum) against 1, in exact decimals.
  const edge = compareRateTimesCurvature(learningRate, curvature, 2, momentum);
  const sideOfOne = compareRateTimesCurvature(learningRate, curvature, 1);
  let contraction: number;
  let isOvershooting: boolean;
  if (edge === 0) {
    // A root at exactly −1: each step lands as far from the bottom as the last, on the other side.
    contraction = 1;
    isOvershooting = true;
  } else if (momentum === 0) {
    contraction = sideOfOne === 0 ? 0 : Math.abs(1 - rateTimesCurvature);
    isOvershooting = sideOfOne > 0;
  } else {
    const b = 1 + momentum - rateTimesCurvature;
    const discriminant = b * b - 4 * momentum;
    if (discriminant < 0) {
      // Complex roots of modulus √μ: the walk spirals in (or out).
      contraction = Math.sqrt(momentum);
      isOvershooting = true;
    } else {
      const root = Math.sqrt(discriminant);
      const dominant = Math.abs(b + root) >= Math.abs(b - root) ? (b + root) / 2 : (b - root) / 2;
      contraction = Math.abs(dominant);
      isOvershooting = dominant < 0;
    }
  }
  let regime: Regime;
  if (edge > 0) regime = 'diverges';
  else if (edge === 0) regime = 'bounces';
  else if (isOvershooting) regime = 'oscillates';
  else if (pow(contraction, steps) > CRAWL_REMAINING) regime = 'crawls';
  else regime = 'converges';
  return { regime, contraction, rateTimesCurvature };
}

/**
 * Reads the regime from a finished walk:
 * 1. it stopped on divergence, or ended with a higher loss than it started: diverges;
 * 2. at least half of its consecutive steps reverse direction: oscillates;
 * 3. the end is at most CRAWL_REMAINING as far from the known minimum nearest to it as the
 *    start was: converges (distance, not slope: Rosenbrock's valley floor is nearly flat
 *    far from its minimum);
 * 4. otherwise: crawls.
 */
export function classifyTrajectory(landscape: Landscape, run: DescentRun): Regime {
  const { points, losses } = run;
  const last = points.length - 1;
  if (run.status === 'diverged' || losses[last] > losses[0]) return 'diverges';
  let reversals = 0;
  let pairs = 0;
  for (let t = 1; t < last; t++) {
    let dot = 0;
    for (let i = 0; i < points[t].length; i++) {
      dot += (points[t][i] - points[t - 1][i]) * (points[t + 1][i] - points[t][i]);
    }
    pairs++;
    if (dot < 0) reversals++;
  }
  if (pairs > 0 && reversals * 2 >= pairs) return 'oscillates';
  const end = points[last];
  const nearest = landscape.minima.reduce((best, m) => (distance(m, end) < distance(best, end) ? m : best));
  if (distance(nearest, end) <= CRAWL_REMAINING * distance(nearest, points[0])) return 'converges';
  return 'crawls';
}

function distance(a: readonly number[], b: readonly number[]): number {
  return hypot(...a.map((value, i) => value - b[i]));
}

/** The regime of a walk, and the numbers it was read from. */
export interface RegimeReport {
  /** The regime of the whole walk: the worst over all directions (diverges > oscillates > crawls > converges). */
  readonly regime: Regime;
  /** How the regime was found. */
  readonly basis: 'curvature' | 'trajectory';
  /** Per axis, when the curvature is known. */
  readonly axes?: readonly QuadraticReading[];
}

const SEVERITY: readonly Regime[] = ['converges', 'crawls', 'oscillates', 'bounces', 'diverges'];

/** The regime of a walk: from the curvature when the landscape is a quadratic, else from the trajectory. */
export function classifyDescent(
  landscape: Landscape,
  run: DescentRun,
  learningRate: number,
  momentum = 0,
): RegimeReport {
  const steps = run.points.length - 1;
  if (run.status === 'diverged' || landscape.curvatures === undefined) {
    return { regime: classifyTrajectory(landscape, run), basis: 'trajectory' };
  }
  const axes = landscape.curvatures.map((c) => classifyQuadratic(c, learningRate, momentum, steps));
  const regime = axes.reduce<Regime>(
    (worst, axis) => (SEVERITY.indexOf(axis.regime) > SEVERITY.indexOf(worst) ? axis.regime : worst),
    'converges',
  );
  return { regime, basis: 'curvature', axes };
}

/** One plain sentence per regime, for captions and text alternatives. */
export const REGIME_SENTENCES: Readonly<Record<Regime, string>> = {
  crawls: 'crawls: the steps are so short that the walk is still far from the bottom when they run out',
  converges: 'converges: the walk settles into the bottom without overshooting it',
  oscillates: 'oscillates: each step overshoots the bottom, so the walk zig-zags from side to side',
  bounces: 'bounces: each step lands exactly as far from the bottom as the last, on the other side, for ever, neither converging nor diverging',
  diverges: 'diverges: each step overshoots by more than the last, so the loss grows',
};
