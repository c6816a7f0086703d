/**
 * Quadratic bowls in any orientation, and the two remedies for an elongated one.
 *
 * Every quadratic bowl with its minimum at the origin is L(θ) = ½·θᵀHθ for a symmetric,
 * positive definite Hessian H. Turning the coordinates to H's eigenvectors (its principal
 * axes) makes it the axis-aligned bowl ½·Σ λᵢ·pᵢ², λᵢ the eigenvalues: so the step-size limit
 * η < 2/λᵢ holds along each principal axis, whatever the bowl's orientation.
 *
 * Rescaling the coordinates, θ = s ⊙ u, turns L into L̃(u) = L(s ⊙ u), a quadratic with
 * Hessian S·H·S (S = diag(s)). Gradient descent on L̃ is gradient descent on L with the
 * per-parameter step sizes η·sᵢ² (descend's stepScales): input normalisation and a diagonal
 * preconditioner are one remedy seen from two sides. With sᵢ = 1/√Hᵢᵢ (diagonalScales) the
 * rescaled Hessian has a unit diagonal: an axis-aligned bowl becomes round, a turned one does
 * not (its off-diagonal entry survives the rescaling).
 */
import { EngineError } from '../errors';
import { cos, hypot, sin } from '../math/index';
import type { DescentRun } from './descend';
import type { AxisRange, Landscape } from './landscape';

/** A symmetric 2×2 matrix [[a, b], [b, c]]. */
export type Matrix2 = readonly [readonly [number, number], readonly [number, number]];

/** The eigenvalues of a symmetric 2×2 matrix, smallest first, with unit eigenvectors. */
export interface Eigen2 {
  readonly values: readonly [number, number];
  readonly vectors: readonly [readonly [number, number], readonly [number, number]];
}

/** Eigenvalues (ascending) and unit eigenvectors of a symmetric 2×2 matrix; exact for a diagonal one. */
export function symmetricEigen2(matrix: Matrix2): Eigen2 {
  const [[a, b], [b2, c]] = matrix;
  if (![a, b, b2, c].every(Number.isFinite) || b !== b2) {
    throw new EngineError('symmetricEigen2', `expected a symmetric matrix of finite numbers, got [[${a}, ${b}], [${b2}, ${c}]]`);
  }
  if (b === 0) {
    return a <= c
      ? { values: [a, c], vectors: [[1, 0], [0, 1]] }
      : { values: [c, a], vectors: [[0, 1], [1, 0]] };
  }
  const mean = (a + c) / 2;
  const radius = hypot((a - c) / 2, b);
  const large = mean + radius;
  // (b, λ − a) solves (H − λ)v = 0 when b ≠ 0; the other eigenvector is perpendicular to it.
  const length = hypot(b, large - a);
  const steep: [number, number] = [b / length, (large - a) / length];
  const shallow: [number, number] = steep[1] >= 0 ? [steep[1], -steep[0]] : [-steep[1], steep[0]];
  return { values: [mean - radius, large], vectors: [shallow, steep] };
}

/** How a quadratic surface is named and drawn. */
export interface QuadraticSurfaceOptions {
  readonly name: string;
  readonly formula: string;
  readonly domain: readonly AxisRange[];
  /** The eigenvalues and axes when the caller knows them exactly (else computed from H). */
  readonly eigen?: Eigen2;
}

/** The bowl L(θ) = ½·θᵀHθ, minimum 0 at the origin, curvatures and principal axes from H. */
export function quadraticSurface(hessian: Matrix2, options: QuadraticSurfaceOptions): Landscape {
  const eigen = options.eigen ?? symmetricEigen2(hessian);
  if (!(eigen.values[0] > 0)) {
    throw new EngineError('quadraticSurface', `the Hessian must be positive definite, got eigenvalues ${eigen.values.join(' and ')}`);
  }
  const [[a, b], [, c]] = hessian;
  return {
    name: options.name,
    formula: options.formula,
    kind: 'surface',
    dimensions: 2,
    loss: ([x, y]) => (a * x * x + 2 * b * x * y + c * y * y) / 2,
    gradient: ([x, y]) => [a * x + b * y, b * x + c * y],
    hessian,
    curvatures: eigen.values,
    principalAxes: eigen.vectors,
    minima: [[0, 0]],
    domain: options.domain,
  };
}

/** The elongated bowl turned by an angle. */
export interface TurnedBowlOptions {
  /** Curvature along the valley (default 1). */
  readonly shallow?: number;
  /** Curvature across the valley (default 10). */
  readonly steep?: number;
  /** Degrees from the x axis to the valley's floor, counter-clockwise (default 0: the valley lies along x). */
  readonly angle?: number;
}

/**
 * L(x, y) = (shallow·p² + steep·q²)/2 with p = x·cos α + y·sin α along the valley and
 * q = y·cos α − x·sin α across it. At α = 0 it is exactly elongatedBowl.
 */
export function turnedBowl({ shallow = 1, steep = 10, angle = 0 }: TurnedBowlOptions = {}): Landscape {
  for (const [name, value] of [['shallow', shallow], ['steep', steep]] as const) {
    if (!(value > 0) || !Number.isFinite(value)) {
      throw new EngineError('turnedBowl', `${name} must be a positive finite number, got ${value}`);
    }
  }
  if (!(Math.abs(angle) <= 180)) throw new EngineError('turnedBowl', `angle must be a number of degrees from −180 to 180, got ${angle}`);
  const radians = (angle * Math.PI) / 180;
  const [cosine, sine] = angle === 0 ? [1, 0] : [cos(radians), sin(radians)];
  const along: [number, number] = [cosine, sine];
  const across: [number, number] = [-sine, cosine];
  const entry = (i: number, j: number): number => shallow * along[i] * along[j] + steep * across[i] * across[j];
  const offDiagonal = entry(0, 1);
  const hessian: Matrix2 = [[entry(0, 0), offDiagonal], [offDiagonal, entry(1, 1)]];
  const eigen: Eigen2 = shallow <= steep ? { values: [shallow, steep], vectors: [along, across] } : { values: [steep, shallow], vectors: [across, along] };
  const turn = `${angle < 0 ? '(−' : ''}${Math.abs(angle)}°${angle < 0 ? ')' : ''}`;
  const formula =
    angle === 0
      ? `L(x, y) = (${shallow}·x² + ${steep}·y²)/2`
      : `L(x, y) = (${shallow}·p² + ${steep}·q²)/2, where p = x·cos ${turn} + y·sin ${turn} and q = y·cos ${turn} − x·sin ${turn}`;
  return quadraticSurface(hessian, { name: 'bowl', formula, domain: [[-5, 5], [-3, 3]], eigen });
}

/** sᵢ = 1/√Hᵢᵢ: the rescaling that gives every coordinate curvature 1 (the per-parameter steps are sᵢ² = 1/Hᵢᵢ). */
export function diagonalScales(landscape: Landscape): number[] {
  const hessian = hessianOf(landscape, 'diagonalScales');
  return hessian.map((row, i) => 1 / Math.sqrt(row[i]));
}

/**
 * L̃(u) = L(s ⊙ u): the same bowl in rescaled coordinates (Hessian S·H·S). A point θ of L is
 * u = θ / s here, and L̃ there equals L at θ. Drawn on a square that holds the rescaled domain.
 */
export function rescaledSurface(landscape: Landscape, scales: readonly number[]): Landscape {
  const hessian = hessianOf(landscape, 'rescaledSurface');
  if (scales.length !== 2 || !scales.every((s) => s > 0 && Number.isFinite(s))) {
    throw new EngineError('rescaledSurface', `scales must be 2 positive finite numbers, got [${scales.join(', ')}]`);
  }
  const [s, t] = scales;
  const a = hessian[0][0] * s * s;
  const b = hessian[0][1] * s * t;
  const c = hessian[1][1] * t * t;
  const half = Math.max(...landscape.domain.map(([low, high], axis) => Math.max(Math.abs(low), Math.abs(high)) / scales[axis]));
  const reach = Math.ceil(half);
  const round = (value: number): number => Number(value.toPrecision(3));
  const cross = b === 0 ? '' : ` ${b < 0 ? '−' : '+'} ${round(Math.abs(2 * b))}·x̃ỹ`;
  return quadraticSurface([[a, b], [b, c]], {
    name: landscape.name,
    formula: `L(x̃, ỹ) = (${round(a)}·x̃²${cross} + ${round(c)}·ỹ²)/2`,
    domain: [[-reach, reach], [-reach, reach]],
  });
}

/** The contour lines of a quadratic bowl: each level is an ellipse around the minimum. */
export interface LevelEllipses {
  readonly center: readonly [number, number];
  /** The first principal axis, a unit vector: the ellipses are turned to it. */
  readonly axis: readonly [number, number];
  /** Per level: the semi-axes [along the first principal axis, along the second]. */
  readonly radii: readonly (readonly [number, number])[];
}

/**
 * Level c of a quadratic bowl ½·Σ λᵢ·pᵢ² (pᵢ along principal axis i, minimum 0) is the ellipse
 * with semi-axis √(2c/λᵢ) along axis i.
 */
export function levelEllipses(landscape: Landscape, levels: readonly number[]): LevelEllipses {
  const { curvatures, principalAxes } = landscape;
  if (!landscape.hessian || !curvatures || !principalAxes) {
    throw new EngineError('levelEllipses', `the ${landscape.name} landscape is not a quadratic with known curvatures`);
  }
  const [x, y] = landscape.minima[0];
  return {
    center: [x, y],
    axis: [principalAxes[0][0], principalAxes[0][1]],
    radii: levels.map((level) => [Math.sqrt((2 * level) / curvatures[0]), Math.sqrt((2 * level) / curvatures[1])]),
  };
}

/** κ = λmax/λmin of a quadratic landscape. */
export function conditionNumber(landscape: Landscape): number {
  const curvatures = landscape.curvatures;
  if (!curvatures) throw new EngineError('conditionNumber', `the ${landscape.name} landscape is not a quadratic with known curvatures`);
  return Math.max(...curvatures) / Math.min(...curvatures);
}

/** The first step t at which the walk's loss is at most `tolerance`, or null if it never is. */
export function firstStepWithin(run: DescentRun, tolerance: number): number | null {
  const index = run.losses.findIndex((loss) => loss <= tolerance);
  return index < 0 ? null : index;
}

function hessianOf(landscape: Landscape, op: string): Matrix2 {
  if (!landscape.hessian) throw new EngineError(op, `the ${landscape.name} landscape has no constant Hessian`);
  return landscape.hessian;
}
