import { describe, expect, test } from 'vitest';
import { Tensor, accumulate, createRng, maxRelativeError, ops, track } from '../../src/engine/index';

/** cube with the derivative deliberately wrong: 2x² instead of 3x². */
function wrongCube(x: Tensor): Tensor {
  const y = x.map((v) => v ** 3);
  return track(y, 'wrongCube', [x], (dy) => {
    accumulate(x, dy.zip(x, (g, v) => g * 2 * v * v));
  });
}

/** cube with the right derivative, for comparison. */
function cube(x: Tensor): Tensor {
  const y = x.map((v) => v ** 3);
  return track(y, 'cube', [x], (dy) => {
    accumulate(x, dy.zip(x, (g, v) => g * 3 * v * v));
  });
}

describe('maxRelativeError', () => {
  test('maxRelativeError(f, x) is tiny for a correct derivative', () => {
    const x = Tensor.randn([3, 4], createRng(7));
    expect(maxRelativeError(cube, x)).toBeLessThan(1e-6);
  });

  test('maxRelativeError(f, x) reports a large error for a wrong derivative', () => {
    const x = Tensor.randn([3, 4], createRng(7));
    // 3x² against 2x²: the relative error is |3 − 2| / (3 + 2) = 0.2 wherever x² ≥ 1/5.
    expect(maxRelativeError(wrongCube, x)).toBeGreaterThan(0.1);
  });

  test('maxRelativeError(f, x) catches a derivative missing a contribution', () => {
    // y = x · b whose backward never sends dy · b to x: the checker must notice.
    const b = Tensor.from([[0.3, -1.2]]);
    const brokenMul = (x: Tensor): Tensor => {
      const y = x.zip(b, (p, q) => p * q);
      return track(y, 'broken', [x], () => undefined);
    };
    expect(maxRelativeError(brokenMul, Tensor.from([[1, 2]]))).toBeGreaterThan(0.5);
  });

  test('maxRelativeError(f, x) weighs every output, so a constant row sum does not hide softmax', () => {
    // A "softmax" whose backward sends nothing would pass if outputs were merely summed.
    const lazySoftmax = (x: Tensor): Tensor => {
      const y = ops.softmax(x.detach());
      return track(y, 'lazy', [x], () => undefined);
    };
    const x = Tensor.randn([2, 3], createRng(2));
    expect(maxRelativeError(lazySoftmax, x)).toBeGreaterThan(0.1);
  });

  test('maxRelativeError(f, x) leaves x unchanged', () => {
    const x = Tensor.from([[0.5, -0.25]]);
    maxRelativeError(ops.tanh, x);
    expect(x.toArray()).toEqual([[0.5, -0.25]]);
    expect(x.grad).toBeNull();
  });

  test('maxRelativeError(f, x) throws for a non-positive step', () => {
    expect(() =>
      maxRelativeError(ops.tanh, Tensor.scalar(1), { step: 0 }),
    ).toThrowErrorMatchingInlineSnapshot(`[EngineError: maxRelativeError: step and floor must be positive, got step 0 and floor 0.01]`);
  });
});
