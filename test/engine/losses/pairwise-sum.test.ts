import { describe, expect, test } from 'vitest';
import { pairwiseSum } from '../../../src/engine/losses/pairwise-sum';

// Numbers over 22 orders of magnitude and both signs, so every change of order changes the bits.
const SPREAD = Array.from({ length: 301 }, (_, i) => (-1) ** i * (1 + i / 7) * 10 ** (((i * 37) % 23) - 11));

function runningSum(values: readonly number[]): number {
  let sum = 0;
  for (const value of values) sum += value;
  return sum;
}

describe('pairwiseSum', () => {
  // Each expected value is float(np.sum(SPREAD[:n])), NumPy 2.4: one for each branch of pairwise_sum.
  test.each([
    [7, -142839714.12857017],
    [8, -142839714.12859017],
    [13, 1999760283.5859666],
    [128, 911033610361.825],
    [129, 1103890753218.968],
    [300, 2122383821293.2031],
    [301, 2122383865150.3462],
  ])('the first %i numbers sum to NumPy’s bits', (count, numpySum) => {
    expect(pairwiseSum(SPREAD.slice(0, count))).toBe(numpySum);
    expect(pairwiseSum(SPREAD, 0, count)).toBe(numpySum);
  });

  test('the order matters for these numbers: a running sum gets other bits', () => {
    expect(runningSum(SPREAD.slice(0, 300))).not.toBe(2122383821293.2031);
  });

  test('300 copies of ln 2: pairwise stays on 300·ln 2, a running sum drifts', () => {
    const terms = new Array<number>(300).fill(Math.LN2);
    expect(pairwiseSum(terms)).toBe(207.94415416798358);
    expect(pairwiseSum(terms) / 300).toBe(0.6931471805599453);
    expect(runningSum(terms) / 300).toBe(0.6931471805599467);
  });

  test('a slice in the middle, and nothing', () => {
    expect(pairwiseSum([100, 1, 2, 3, 100], 1, 3)).toBe(6);
    expect(pairwiseSum([])).toBe(0);
  });
});
