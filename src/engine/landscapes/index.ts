/**
 * Toy loss landscapes for chapter 2: curves and surfaces with exact gradients, gradient
 * descent over them, and the regime each walk falls into.
 */
export type { AxisRange, Landscape } from './landscape';
export { parabola, hills, findCurveMinima } from './curves';
export { elongatedBowl, rosenbrock, type BowlOptions, type RosenbrockOptions } from './surfaces';
export {
  conditionNumber,
  levelEllipses,
  diagonalScales,
  firstStepWithin,
  quadraticSurface,
  rescaledSurface,
  symmetricEigen2,
  turnedBowl,
  type Eigen2,
  type Matrix2,
  type QuadraticSurfaceOptions,
  type TurnedBowlOptions,
} from './quadratic';
export { descend, type DescentOptions, type DescentRun } from './descend';
export {
  classifyQuadratic,
  stabilityLimit,
  classifyTrajectory,
  readTrajectory,
  CYCLE_TOLERANCE,
  classifyDescent,
  CRAWL_REMAINING,
  REGIME_SENTENCES,
  type QuadraticReading,
  type Regime,
  type WalkRegime,
  type TrajectoryReading,
  type RegimeReport,
} from './regime';
export { compareRateTimesCurvature } from './exact-edge';
export { sampleCurve, sampleSurface, type LossGrid } from './sample';
