/**
 * Learning rates for a range test: `count` rates from `minRate` to `maxRate`, evenly
 * spaced on a log scale (each the same factor (max/min)^(1/(count − 1)) times the last),
 * rounded to 3 significant digits so they read well in a table. Uses the engine's
 * `log` and `exp`, which round alike in every JavaScript engine, so a page and Node
 * pick the same rates.
 */
import { EngineError } from '../errors';
import { exp, log } from '../math/index';

/** `count` log-spaced rates from `minRate` to `maxRate`, to 3 significant digits. */
export function logSpacedRates(minRate: number, maxRate: number, count: number): number[] {
  if (!(minRate > 0) || !Number.isFinite(minRate)) {
    throw new EngineError('logSpacedRates', `minRate: expected a finite number > 0, got ${minRate}`);
  }
  if (!(maxRate > minRate) || !Number.isFinite(maxRate)) {
    throw new EngineError('logSpacedRates', `maxRate: expected a finite number above minRate (${minRate}), got ${maxRate}`);
  }
  if (!Number.isInteger(count) || count < 2) {
    throw new EngineError('logSpacedRates', `count: expected an integer ≥ 2, got ${count}`);
  }
  const ratio = log(maxRate / minRate);
  return Array.from({ length: count }, (_, i) => Number((minRate * exp((ratio * i) / (count - 1))).toPrecision(3)));
}
