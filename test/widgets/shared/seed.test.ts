import { expect, test } from 'vitest';
import { nextSeed, Seed } from '../../../components/shared/seed';

test('nextSeed(seed) counts up and wraps from the largest seed back to 0', () => {
  expect([nextSeed(1), nextSeed(41), nextSeed(999999)]).toEqual([2, 42, 0]);
  expect(Seed.safeParse(nextSeed(999998)).success).toBe(true);
  expect(Seed.safeParse(1_000_000).success).toBe(false);
});
