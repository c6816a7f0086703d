/**
 * What a gradient-descent walk does, in one word: crawls, converges, oscillates, bounces, diverges,
 * or (read from a trajectory off a quadratic) wanders.
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

/** A regime read from a trajectory, which may also never settle without repeating itself (a quadratic never does that). */
export type WalkRegime = Regime | 'wanders';

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

/** A walk is back where it was two steps earlier when it lands within this share of its last swing of that point. */
export const CYCLE_TOLERANCE = 1e-3;

/** What a finished walk does, read from its points, and the two points it bounces between if it does. */
export interface TrajectoryReading {
  readonly regime: WalkRegime;
  /** For 'bounces': the last two points, which the walk alternates between. */
  readonly cycle?: readonly (readonly number[])[];
}

/**
 * Reads the regime from a finished walk, with s_t = |θ_t − θ_{t−1}| the swing of step t:
 * 1. it stopped on divergence, or every swing in the second half of the walk is longer than
 *    the one before: diverges;
 * 2. fewer than half of its consecutive steps reverse direction: it approaches from one side.
 *    The end is at most CRAWL_REMAINING as far from the known minimum nearest to it as the
 *    start was: converges (distance, not slope: Rosenbrock's valley floor is nearly flat far
 *    from its minimum); otherwise crawls;
 * 3. it reverses at least every other step, and its last point is within CYCLE_TOLERANCE of
 *    its last swing from the point two steps earlier: bounces between its last two points;
 * 4. it reverses, and every swing in the second half of the walk is shorter than the one
 *    before: oscillates (it zig-zags in and settles);
 * 5. otherwise: wanders (it keeps overshooting, neither settling nor repeating).
 * On a quadratic these agree with classifyQuadratic (tested).
 */
export function readTrajectory(landscape: Landscape, run: DescentRun): TrajectoryReading {
  const { points } = run;
  const last = points.length - 1;
  const swing = (t: number) => distance(points[t], points[t - 1]);
  const secondHalf = Array.from({ length: last - Math.floor(last / 2) }, (_, i) => Math.floor(last / 2) + 1 + i).filter((t) => t >= 2);
  const isGrowing = secondHalf.length > 0 && secondHalf.every((t) => swing(t) > swing(t - 1));
  if (run.status === 'diverged' || isGrowing) return { regime: 'diverges' };
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
  if (pairs === 0 || reversals * 2 < pairs) {
    const end = points[last];
    const nearest = landscape.minima.reduce((best, m) => (distance(m, end) < distance(best, end) ? m : best));
    return { regime: distance(nearest, end) <= CRAWL_REMAINING * distance(nearest, points[0]) ? 'converges' : 'crawls' };
  }
  if (last >= 2 && swing(last) > 0 && distance(points[last], points[last - 2]) <= CYCLE_TOLERANCE * swing(last)) {
    return { regime: 'bounces', cycle: [points[last - 1], points[last]] };
  }
  return { regime: secondHalf.every((t) => swing(t) < swing(t - 1)) ? 'oscillates' : 'wanders' };
}

/** The regime of a finished walk read from its points alone (readTrajectory without the cycle). */
export function classifyTrajectory(landscape: Landscape, run: DescentRun): WalkRegime {
  return readTrajectory(landscape, run).regime;
}

function distance(a: readonly number[], b: readonly number[]): number {
  return hypot(...a.map((value, i) => value - b[i]));
}

/** The regime of a walk, and the numbers it was read from. */
export interface RegimeReport {
  /** The regime of the whole walk: the worst over all directions (diverges > wanders > bounces > oscillates > crawls > converges). */
  readonly regime: WalkRegime;
  /** How the regime was found. */
  readonly basis: 'curvature' | 'trajectory';
  /** Per axis, when the curvature is known. */
  readonly axes?: readonly QuadraticReading[];
  /** When read from the trajectory and it bounces: the two points it alternates between. */
  readonly cycle?: readonly (readonly number[])[];
}

const SEVERITY: readonly WalkRegime[] = ['converges', 'crawls', 'oscillates', 'bounces', 'wanders', 'diverges'];

/** The regime of a walk: from the curvature when the landscape is a quadratic, else from the trajectory. */
export function classifyDescent(
  landscape: Landscape,
  run: DescentRun,
  learningRate: number,
  momentum = 0,
): RegimeReport {
  const steps = run.points.length - 1;
  if (run.status === 'diverged' || landscape.curvatures === undefined) {
    const { regime, cycle } = readTrajectory(landscape, run);
    return { regime, basis: 'trajectory', ...(cycle === undefined ? {} : { cycle }) };
  }
  const axes = landscape.curvatures.map((c) => classifyQuadratic(c, learningRate, momentum, steps));
  const regime = axes.reduce<WalkRegime>(
    (worst, axis) => (SEVERITY.indexOf(axis.regime) > SEVERITY.indexOf(worst) ? axis.regime : worst),
    'converges',
  );
  return { regime, basis: 'curvature', axes };
}

/** One plain sentence per regime, for captions and text alternatives. */
export const REGIME_SENTENCES: Readonly<Record<WalkRegime, string>> = {
  crawls: 'crawls: the steps are so short that the walk is still far from the bottom when they run out',
  converges: 'converges: the walk settles into the bottom without overshooting it',
  oscillates: 'oscillates: each step overshoots the bottom, so the walk zig-zags from side to side',
  bounces: 'bounces: each step lands exactly as far from the bottom as the last, on the other side, for ever, neither converging nor diverging',
  wanders: 'does not settle: it keeps overshooting, yet its swings neither shrink step after step (as in a walk settling into a valley) nor repeat every two steps (a bounce)',
  diverges: 'diverges: each step overshoots by more than the last, so the loss grows',
};
