/**
 * A toy loss landscape: a loss over one or two parameters, with its exact gradient,
 * small enough to draw whole. Chapter 2 walks gradient descent over these to show
 * what the learning rate does before any network is involved.
 */

/** The region of one axis worth drawing, `[low, high]`. */
export type AxisRange = readonly [number, number];

/** A loss surface over one or two parameters, with its exact gradient and what is known of its curvature. */
export interface Landscape {
  /** Short name used by the widgets: `parabola`, `hills`, `bowl`, `rosenbrock`. */
  readonly name: string;
  /** The formula in plain text, for captions, e.g. `L(θ) = 1·θ²/2`. */
  readonly formula: string;
  /** `curve` for one parameter, `surface` for two; used in sentences. */
  readonly kind: 'curve' | 'surface';
  /** Number of parameters (1 or 2). */
  readonly dimensions: number;
  /** The loss at a point. */
  loss(point: readonly number[]): number;
  /** The exact gradient at a point, one slope per parameter. */
  gradient(point: readonly number[]): number[];
  /**
   * Curvature along each principal axis when the landscape is a quadratic centred on its
   * minimum (the eigenvalues of its constant Hessian); absent for every other landscape.
   */
  readonly curvatures?: readonly number[];
  /** The unit direction of each curvature; absent means the coordinate axes, in order. */
  readonly principalAxes?: readonly (readonly number[])[];
  /** The constant Hessian of a quadratic surface (quadratic.ts). */
  readonly hessian?: readonly [readonly [number, number], readonly [number, number]];
  /** The known minima, lowest first. */
  readonly minima: readonly (readonly number[])[];
  /** Per axis, the region where the interesting part of the landscape lies. */
  readonly domain: readonly AxisRange[];
}
