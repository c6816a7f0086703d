/**
 * When a run has diverged: decided here, once, for every training loop and every widget.
 *
 * The rule a chapter can state in words: a run has diverged when its loss is not a finite
 * number, or when it has grown to more than a million (10⁶) times its starting loss (a start
 * below 1 counts as 1, so a run that begins near zero is not stopped by a small wobble).
 * A loss that large is never on its way back down: every step overshoots by more than the last.
 *
 * Divergence is a result, not an exception; `describeDivergence` says in words when and why.
 */
import { formatSignificant } from '../text/format-significant';

/** How many times its start the loss may grow before the run counts as diverged. */
export const DIVERGENCE_FACTOR = 1e6;

/** A start loss below this counts as this much, so the limit is never below 10⁶. */
export const DIVERGENCE_FLOOR = 1;

/** Why a run diverged. */
export type DivergenceReason =
  | 'loss is NaN'
  | 'loss is Infinity'
  | 'loss grew past its limit'
  | 'parameter became NaN'
  | 'parameter became Infinity';

/** Where and why a run diverged, with the learning rate that did it and the sentence a widget shows. */
export interface Divergence {
  /** The step whose loss or update broke the rule. */
  readonly step: number;
  readonly reason: DivergenceReason;
  readonly learningRate: number;
  /** The loss before any update. */
  readonly startLoss: number;
  /** The loss that broke the rule (the last one measured, for parameter reasons). */
  readonly loss: number;
  /** e.g. `diverged at step 37: the loss rose from 0.25 to 3.1 × 10⁸, more than 10⁶ times its start; …`. */
  readonly message: string;
}

/** The loss above which a run that started at `startLoss` has diverged. */
export function divergenceLimit(startLoss: number): number {
  return DIVERGENCE_FACTOR * Math.max(startLoss, DIVERGENCE_FLOOR);
}

/** Why `loss` means the run has diverged, or null while it has not. */
export function lossDivergence(loss: number, startLoss: number): DivergenceReason | null {
  if (Number.isNaN(loss)) return 'loss is NaN';
  if (!Number.isFinite(loss)) return 'loss is Infinity';
  // A NaN start leaves the limit NaN; that start loss was already reported as diverged.
  return loss > divergenceLimit(startLoss) ? 'loss grew past its limit' : null;
}

/** The divergence record, with its sentence; `subject` ends it: "this network", "this loss curve". */
export function divergenceOf(detail: Omit<Divergence, 'message'>, subject: string): Divergence {
  const message =
    `diverged at step ${detail.step}: ${whatHappened(detail)}; ` +
    `the learning rate ${detail.learningRate} is too large for ${subject}`;
  return { ...detail, message };
}

function whatHappened({ reason, startLoss, loss }: Omit<Divergence, 'message'>): string {
  const start = formatSignificant(startLoss);
  switch (reason) {
    case 'loss grew past its limit':
      // True for a start below the floor too: the loss passed 10⁶ · 1 ≥ 10⁶ · start.
      return `the loss rose from ${start} to ${formatSignificant(loss)}, more than 10⁶ times its start`;
    case 'loss is NaN':
      return `the loss became NaN (not a number) after starting at ${start}`;
    case 'loss is Infinity':
      return `the loss overflowed to Infinity after starting at ${start}`;
    case 'parameter became NaN':
      return 'a weight became NaN (not a number)';
    case 'parameter became Infinity':
      return 'a weight overflowed to Infinity';
  }
}

/** Index of the first NaN or ±Infinity in `values`, or −1 when all are finite. */
export function firstNonFinite(values: Float64Array): number {
  // x − x is 0 for every finite x and NaN for NaN and ±Infinity; one cheap pass.
  let check = 0;
  for (let i = 0; i < values.length; i++) check += values[i] - values[i];
  if (check === 0) return -1;
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) return i;
  return -1;
}
