import { describe, expect, test } from 'vitest';
import {
  Tensor,
  accuracy,
  backward,
  binaryCrossEntropyWithLogits,
  createRng,
  initializeInPlace,
  makeXor,
  ops,
  topologicalOrder,
  zeroGrad,
} from '../../src/engine/index';

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

describe('backward in a training loop', () => {
  test('backward(loss) drives plain gradient descent to solve XOR with a 2-4-1 tanh network', () => {
    const rng = createRng(1);
    const data = makeXor();
    const x = Tensor.fromArray([data.count, data.inputSize], data.inputs);
    const y = Tensor.fromArray([data.count, data.targetSize], data.targets);
    const weights = (fanIn: number, fanOut: number): Tensor => {
      const values = new Float64Array(fanIn * fanOut);
      initializeInPlace(values, { kind: 'xavierUniform' }, fanIn, fanOut, rng);
      // Our matmul takes x [n, in] · w [in, out]; the filler's [out, in] block is just read as [in, out].
      return Tensor.fromArray([fanIn, fanOut], values).asParameter();
    };
    const w1 = weights(2, 4);
    const b1 = Tensor.zeros([1, 4]).asParameter();
    const w2 = weights(4, 1);
    const b2 = Tensor.zeros([1, 1]).asParameter();
    const parameters = [w1, b1, w2, b2];
    const forward = (): Tensor => ops.addBias(ops.matmul(ops.tanh(ops.addBias(ops.matmul(x, w1), b1)), w2), b2);

    const losses: number[] = [];
    for (let step = 0; step < 300; step++) {
      const loss = binaryCrossEntropyWithLogits(forward(), y);
      losses.push(loss.item());
      zeroGrad(parameters);
      backward(loss);
      for (const p of parameters) {
        const grad = p.grad ?? new Float64Array(p.size);
        for (let i = 0; i < p.size; i++) p.data[i] -= 0.5 * grad[i];
      }
    }
    const predictions = ops.sigmoid(forward());
    expect(accuracy(predictions.data, data.targets)).toBe(1);
    expect(losses[299]).toBeLessThan(losses[0] / 10);
    expect([losses[0], losses[99], losses[299]].map((v) => v.toFixed(10))).toMatchInlineSnapshot(`
      [
        "0.7189576499",
        "0.3755357531",
        "0.0392481356",
      ]
    `);
  });
});
