/**
 * The seed a widget's random draws start from, shared by every widget with a Seed box, so the
 * range (and the words the messages use for it) is the same everywhere.
 *
 *   seed: Seed.default(1).describe('draws the blobs; the same seed gives the same points'),
 */
import { z } from 'zod';

export const Seed = z.number().int().min(0).max(999999);

/** The seed "New seed" moves to: the next one, back to 0 after the largest. */
export function nextSeed(seed: number): number {
  return (seed + 1) % 1_000_000;
}
