import { describe, expect, test } from 'vitest';
import { accuracy } from '../../../src/engine/index';

describe('accuracy', () => {
  test('accuracy(predictions, targets) counts p ≥ 0.5 as class 1', () => {
    const predictions = Float64Array.of(0.9, 0.5, 0.49, 0.1);
    const targets = Float64Array.of(1, 0, 0, 1);
    // Right: 0.9→1 and 0.49→0. Wrong: 0.5→1 (target 0) and 0.1→0 (target 1).
    expect(accuracy(predictions, targets)).toBe(0.5);
  });

  test("accuracy(predictions, targets, 0.5, 'above') counts p = 0.5 as class 0", () => {
    const predictions = Float64Array.of(0.9, 0.5, 0.49, 0.1);
    const targets = Float64Array.of(1, 0, 0, 1);
    // Now 0.5→0 is right too: three of four.
    expect(accuracy(predictions, targets, 0.5, 'above')).toBe(0.75);
  });

  test('accuracy(logits, targets, 0) thresholds raw logits at zero and accepts ±1 targets', () => {
    // At 0.5 the logit 0.4 counts as class 0 (right); at 0 it counts as class 1 (wrong).
    expect(accuracy(Float64Array.of(2.1, -0.3, 0.4), Float64Array.of(1, -1, -1))).toBe(1);
    expect(accuracy(Float64Array.of(2.1, -0.3, 0.4), Float64Array.of(1, -1, -1), 0)).toBeCloseTo(2 / 3, 15);
    expect(accuracy(Float64Array.of(0.2, 0.3), Float64Array.of(1, 1), 0)).toBe(1);
  });

  test('accuracy(predictions, targets) throws when lengths differ', () => {
    expect(() => accuracy(new Float64Array(3), new Float64Array(2))).toThrowErrorMatchingInlineSnapshot(`[EngineError: accuracy: predictions has 3 values and targets has 2; they must be equal and non-zero]`);
  });
});
