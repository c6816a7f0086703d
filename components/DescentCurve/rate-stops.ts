/** The learning rates DescentCurve's slider offers, and the slider position of a typed rate. */
import { math } from '../../src/engine/index';

/**
 * The learning rates the slider offers, on a rough log scale with the landmarks of a parabola
 * (ηλ = 1 and ηλ = 2 for λ = 1) included; a typed value can be anything the schema allows.
 */
export const RATE_STOPS: readonly number[] = [
  0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.19, 0.2, 0.21, 0.3, 0.4, 0.45, 0.5, 0.6, 0.7, 0.9, 1, 1.1, 1.5, 1.9,
  2, 2.1, 2.5, 3, 4, 5, 10,
];

/** The slider position whose rate is closest to `rate` on a log scale (`math.log`: the same pick in every browser). */
export function nearestStop(rate: number, stops: readonly number[] = RATE_STOPS): number {
  let best = 0;
  for (let i = 1; i < stops.length; i++) {
    if (Math.abs(math.log(stops[i] / rate)) < Math.abs(math.log(stops[best] / rate))) best = i;
  }
  return best;
}
