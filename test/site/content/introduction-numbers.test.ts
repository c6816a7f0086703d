/**
 * Every number the "Start here" chapter quotes in its notation examples, recomputed with the
 * engine and looked up in the chapter's source as written. A number edited in the text, or an
 * example whose arithmetic is wrong, fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { math, stepsPerEpoch } from '../../../src/engine/index';

// Line breaks and list indentation read as one space, as they render.
const CHAPTER = readFileSync('content/chapters/introduction.mdx', 'utf8').replace(/\s+/g, ' ');

/** Rounds to `digits` decimals and drops trailing zeros, as the chapter writes numbers. */
function written(value: number, digits: number): string {
  return String(Number(value.toFixed(digits)));
}

const dot = (a: readonly number[], b: readonly number[]): number => a.reduce((sum, ai, i) => sum + ai * b[i], 0);

describe('introduction.mdx: the numbers in the notation examples', () => {
  test('functions: f(3) = 7 for f(x) = 2x + 1, and g(2, 1) = 5 for g = 3x₁ − x₂', () => {
    expect(written(2 * 3 + 1, 0)).toBe('7');
    expect(written(3 * 2 - 1, 0)).toBe('5');
    expect(CHAPTER).toContain('$f(x) = 2x + 1$ gives $f(3) = 7$');
    expect(CHAPTER).toContain('so $g(2, 1) = 5$');
  });

  test('length, dot product and cos α of (3, 4) and (4, 3); (1, 2) ⟂ (2, −1)', () => {
    const length = math.hypot(3, 4);
    const product = dot([3, 4], [4, 3]);
    const cosine = product / (math.hypot(3, 4) * math.hypot(4, 3));
    expect(CHAPTER).toContain(`$\\lVert (3, 4) \\rVert = ${written(length, 6)}$`);
    expect(CHAPTER).toContain(`$(3, 4) \\cdot (4, 3) = ${written(product, 6)}$`);
    expect(CHAPTER).toContain(`$\\cos\\alpha = ${written(product, 6)} / (${written(length, 6)} \\times ${written(length, 6)}) = ${written(cosine, 6)}$`);
    expect(CHAPTER).toContain(`$(1, 2) \\cdot (2, -1) = ${written(dot([1, 2], [2, -1]), 6)}$`);
  });

  test('the slope of x² at 3 by a nudge of 0.01, and the gradient of x₁² + 3x₂ at (1, 2)', () => {
    const f = (x: number): number => x * x;
    expect(CHAPTER).toContain(`\\frac{${written(f(3.01), 6)} - ${written(f(3), 6)}}{0.01} = ${written((f(3.01) - f(3)) / 0.01, 6)}`);
    // Central differences of f(x₁, x₂) = x₁² + 3x₂ at (1, 2), against the partials the text gives.
    const g = (x1: number, x2: number): number => x1 * x1 + 3 * x2;
    const h = 1e-6;
    const partial1 = (g(1 + h, 2) - g(1 - h, 2)) / (2 * h);
    const partial2 = (g(1, 2 + h) - g(1, 2 - h)) / (2 * h);
    expect(CHAPTER).toContain(`at $(1, 2)$ it is $\\nabla f = (${written(partial1, 6)}, ${written(partial2, 6)})$`);
  });

  test('e, e^0.5 and the step count from ln 1000 / ln(1/0.9)', () => {
    expect(CHAPTER).toContain(`$e \\approx ${written(math.exp(1), 3)}$`);
    expect(CHAPTER).toContain(`$e^{0.5} \\approx ${written(math.exp(0.5), 4)}$`);
    const ratio = math.log(1000) / math.log(1 / 0.9);
    expect(CHAPTER).toContain(`$k \\ge \\ln 1000 / \\ln(1/0.9) \\approx ${written(ratio, 1)}$, that is from $k = ${Math.ceil(ratio)}$ on`);
    // The threshold is decided as the text states it: 0.9^66 is below 0.001, 0.9^65 is not.
    expect(math.pow(0.9, Math.ceil(ratio))).toBeLessThanOrEqual(0.001);
    expect(math.pow(0.9, Math.ceil(ratio) - 1)).toBeGreaterThan(0.001);
  });

  test('one step θ ← θ − 0.1θ from 3, and the steps in an epoch', () => {
    expect(CHAPTER).toContain(`turns $\\theta = 3$ into $${written(3 - 0.1 * 3, 6)}$`);
    expect(CHAPTER).toContain(`$1000$ examples in batches of $100$, an epoch is $${stepsPerEpoch({ kind: 'mini', size: 100 }, 1000)}$ steps`);
    const xorStepsPerEpoch = stepsPerEpoch({ kind: 'sample' }, 4);
    expect(CHAPTER).toContain(`one example per step from its $4$, so its $2001$ epochs are $${2001 * xorStepsPerEpoch}$ steps`);
  });
});
