import { describe, expect, test } from 'vitest';
import { Tensor, backward, ops, topologicalOrder, zeroGrad } from '../../src/engine/index';

describe('backward', () => {
  test('backward(loss) matches the chain rule worked by hand', () => {
    // L = sum((w·x + b)²) with w = 2, x = 3, b = 1: L = 49, dL/dw = 2·7·3 = 42, dL/db = 14.
    const w = Tensor.scalar(2).asParameter();
    const b = Tensor.scalar(1).asParameter();
    const x = Tensor.scalar(3);
    const loss = ops.sum(ops.pow(ops.add(ops.mul(w, x), b), 2));
    backward(loss);
    expect(loss.item()).toBe(49);
    expect(w.grad?.[0]).toBe(42);
    expect(b.grad?.[0]).toBe(14);
    expect(x.grad).toBeNull();
  });

  test('backward(loss) doubles the gradient when a tensor feeds two ops (fan-out)', () => {
    const x = Tensor.from([[1.5, -2]]).asParameter();
    backward(ops.sum(ops.add(ops.tanh(x), ops.tanh(x))));
    const once = Tensor.from([[1.5, -2]]).asParameter();
    backward(ops.sum(ops.tanh(once)));
    expect(Array.from(x.grad ?? [])).toEqual(Array.from(once.grad ?? []).map((g) => 2 * g));
  });

  test('backward(loss) adds up across calls until zeroGrad clears it', () => {
    const w = Tensor.scalar(3).asParameter();
    backward(ops.mul(w, w));
    backward(ops.mul(w, w));
    expect(w.grad?.[0]).toBe(12);
    zeroGrad([w]);
    expect(w.grad).toBeNull();
  });

  test('topologicalOrder(root) lists inputs before outputs, each once, the same every run', () => {
    const a = Tensor.scalar(1).asParameter();
    const b = ops.exp(a);
    const c = ops.mul(a, b);
    const d = ops.add(c, b);
    const order = topologicalOrder(d);
    expect(order).toEqual([a, b, c, d]);
    expect(topologicalOrder(d)).toEqual(order);
  });

  test('topologicalOrder(root) handles a chain 20000 ops deep without recursion', () => {
    let x = Tensor.scalar(0.5).asParameter();
    const start = x;
    for (let i = 0; i < 20000; i++) x = ops.neg(x);
    backward(x);
    expect(start.grad?.[0]).toBe(1);
  });

  test('backward(loss) throws when the loss is not [1, 1]', () => {
    const x = Tensor.from([[1, 2]]).asParameter();
    expect(() => backward(ops.tanh(x))).toThrowErrorMatchingInlineSnapshot(`[EngineError: backward: loss must be a [1, 1] tensor, got [1, 2]; reduce it with sum or mean first]`);
  });

  test('backward(loss) throws when nothing in the loss needs a gradient', () => {
    expect(() => backward(Tensor.scalar(1))).toThrowErrorMatchingInlineSnapshot(`[EngineError: backward: loss does not depend on any tensor that requires a gradient; mark the parameters with asParameter()]`);
  });
});
