/**
 * How a training step picks its examples:
 * - full: every example, every step (one step per epoch);
 * - mini: batches of `size` from a fresh seeded shuffle each epoch (the last one may be smaller);
 * - sample: one example drawn at random (with replacement) per step, `count` steps per epoch,
 *   as in the XOR lab.
 */
import { EngineError } from '../errors';

/** The batch mode of a training run, as plain data. */
export type BatchMode =
  | { readonly kind: 'full' }
  | { readonly kind: 'mini'; readonly size: number }
  | { readonly kind: 'sample' };

/** Steps in one epoch over `count` examples. */
export function stepsPerEpoch(mode: BatchMode, count: number): number {
  if (mode.kind === 'full') return 1;
  if (mode.kind === 'mini') return Math.ceil(count / mode.size);
  return count;
}

/** Largest batch a step uses. */
export function largestBatch(mode: BatchMode, count: number): number {
  if (mode.kind === 'full') return count;
  if (mode.kind === 'mini') return Math.min(mode.size, count);
  return 1;
}

/** Throws unless the mode is well formed. */
export function assertBatchMode(mode: BatchMode): void {
  if (mode.kind === 'mini' && !(Number.isInteger(mode.size) && mode.size >= 1)) {
    throw new EngineError('train', `batch.size must be a positive integer, got ${mode.size}`);
  }
  if (mode.kind !== 'full' && mode.kind !== 'mini' && mode.kind !== 'sample') {
    throw new EngineError('train', `batch.kind must be full, mini or sample, got ${String((mode as { kind: unknown }).kind)}`);
  }
}
