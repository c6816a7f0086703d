import { expect } from 'vitest';
import { Tensor, backward, createRng, ops } from '../../../src/engine/index';

/** Seeded normal values of the given shape, nudged away from kinks at 0 when asked. */
export function randomTensor(shape: [number, number], seed: number, awayFromZero = false): Tensor {
  const t = Tensor.randn(shape, createRng(seed));
  return awayFromZero ? t.map((v) => (Math.abs(v) < 0.1 ? v + Math.sign(v || 1) * 0.2 : v)) : t;
}

/** Σ w ⊙ y with fixed random weights, so every output element matters. */
function weighted(y: Tensor): Tensor {
  return ops.sum(ops.mul(y, Tensor.randn(y.shape, createRng(99))));
}

/**
 * Feeds x into f twice and checks the gradient is exactly twice that of one use.
 * Returns the one-use gradient so a test can also compare it with hand values.
 */
export function expectFanOutDoubles(f: (x: Tensor) => Tensor, x: Tensor): Float64Array {
  const once = x.detach().asParameter();
  backward(weighted(f(once)));
  const twice = x.detach().asParameter();
  backward(ops.add(weighted(f(twice)), weighted(f(twice))));
  const single = once.grad ?? new Float64Array(0);
  const double = twice.grad ?? new Float64Array(0);
  expect(single.length).toBe(x.size);
  single.forEach((g, i) => expect(double[i]).toBeCloseTo(2 * g, 12));
  return single;
}

/** d sum(f(x)) / dx, for comparing with derivatives worked by hand. */
export function gradOfSum(f: (x: Tensor) => Tensor, x: Tensor): number[] {
  const leaf = x.detach().asParameter();
  backward(ops.sum(f(leaf)));
  return Array.from(leaf.grad ?? []);
}

/** Rounds every value to `digits` decimals, for comparing with hand-worked numbers. */
export function rounded(t: Tensor | number[], digits = 6): number[] {
  const values = Array.isArray(t) ? t : Array.from(t.data);
  return values.map((v) => Number(v.toFixed(digits)) + 0);
}
