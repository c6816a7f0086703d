import { describe, expect, test } from 'vitest';
import {
  Tensor,
  backward,
  compileModel,
  createRng,
  dense,
  mlp,
  ops,
  parameterLayout,
  sequential,
  type ActivationName,
  type FastLossName,
  type Rng,
  type SequentialSpec,
} from '../../../src/engine/index';
import {
  binaryCrossEntropy,
  binaryCrossEntropyWithLogits,
  hingeLoss,
  huberLoss,
  l1Loss,
  mseLoss,
  softmaxCrossEntropy,
} from '../../../src/engine/losses/index';

/** The same model through the reference autograd: returns loss and gradients in the flat layout. */
function referencePass(spec: SequentialSpec, parameters: Float64Array, x: Float64Array, y: Float64Array, rows: number, loss: FastLossName) {
  const layout = parameterLayout(spec);
  const leaves: { wT: Tensor; b: Tensor | null }[] = [];
  let a = Tensor.fromArray([rows, spec.layers[0].inputSize], x);
  spec.layers.forEach((layer, l) => {
    const slot = layout.slots[l];
    const wT = new Float64Array(layer.inputSize * layer.outputSize);
    for (let o = 0; o < layer.outputSize; o++) {
      for (let i = 0; i < layer.inputSize; i++) wT[i * layer.outputSize + o] = parameters[slot.weightOffset + o * layer.inputSize + i];
    }
    const wTensor = Tensor.fromArray([layer.inputSize, layer.outputSize], wT).asParameter();
    const bTensor = layer.hasBias
      ? Tensor.fromArray([1, layer.outputSize], parameters.subarray(slot.biasOffset, slot.biasOffset + slot.biasCount)).asParameter()
      : null;
    leaves.push({ wT: wTensor, b: bTensor });
    const z = bTensor === null ? ops.matmul(a, wTensor) : ops.addBias(ops.matmul(a, wTensor), bTensor);
    a = ops.activate(z, layer.activation);
  });
  const k = spec.layers[spec.layers.length - 1].outputSize;
  const t = Tensor.fromArray([rows, k], y);
  const losses = { mse: mseLoss, l1: l1Loss, huber: huberLoss, bce: binaryCrossEntropy, bceWithLogits: binaryCrossEntropyWithLogits, softmaxCrossEntropy, hinge: hingeLoss };
  const value = losses[loss](a, t);
  backward(value);
  const gradients = new Float64Array(layout.size);
  spec.layers.forEach((layer, l) => {
    const slot = layout.slots[l];
    const g = leaves[l].wT.grad as Float64Array;
    for (let o = 0; o < layer.outputSize; o++) {
      for (let i = 0; i < layer.inputSize; i++) gradients[slot.weightOffset + o * layer.inputSize + i] = g[i * layer.outputSize + o];
    }
    if (leaves[l].b !== null) gradients.set(leaves[l].b!.grad as Float64Array, slot.biasOffset);
  });
  return { loss: value.data[0], outputs: a.data, gradients };
}

function targetsFor(loss: FastLossName, rows: number, k: number, rng: Rng): Float64Array {
  const y = new Float64Array(rows * k);
  for (let r = 0; r < rows; r++) {
    if (loss === 'softmaxCrossEntropy') y[r * k + rng.int(k)] = 1;
    else for (let c = 0; c < k; c++) {
      if (loss === 'hinge') y[r * k + c] = rng.int(2) === 0 ? -1 : 1;
      else if (loss === 'bce' || loss === 'bceWithLogits') y[r * k + c] = rng.int(2);
      else y[r * k + c] = rng.normal();
    }
  }
  return y;
}

const CASES: [FastLossName, ActivationName, ActivationName][] = [
  ['mse', 'tanh', 'identity'],
  ['mse', 'softplus', 'gelu'],
  ['l1', 'leakyRelu', 'identity'],
  ['huber', 'relu', 'tanh'],
  ['bce', 'relu', 'sigmoid'],
  ['bce', 'gelu', 'sigmoid'],
  ['bceWithLogits', 'sigmoid', 'identity'],
  ['softmaxCrossEntropy', 'tanh', 'identity'],
  ['hinge', 'relu', 'identity'],
  // A ReLU output layer takes its slope from the loss, not from a layer above.
  ['mse', 'relu', 'relu'],
  ['l1', 'tanh', 'relu'],
];

describe('compileModel fast path', () => {
  test.each(CASES)('%s with %s hidden and %s output matches the reference autograd to 1e-12', (loss, hidden, output) => {
    const rng = createRng(loss.length * 31 + hidden.length);
    for (let trial = 0; trial < 4; trial++) {
      const inputSize = 1 + rng.int(5);
      const k = loss === 'softmaxCrossEntropy' ? 2 + rng.int(4) : 1 + rng.int(3);
      const spec = mlp([inputSize, 1 + rng.int(9), 1 + rng.int(6), k], { hidden, output, hiddenBias: trial !== 1 });
      const rows = 1 + rng.int(11);
      const program = compileModel(spec, { loss, maxRows: rows + rng.int(3) });
      program.parameters.forEach((_, i, p) => (p[i] = rng.normal(0, 0.8)));
      program.inputs.forEach((_, i, x) => (x[i] = rng.normal()));
      program.targets.set(targetsFor(loss, rows, k, rng));
      const fast = program.computeGradients(rows);
      const reference = referencePass(spec, program.parameters, program.inputs.subarray(0, rows * inputSize), program.targets.subarray(0, rows * k), rows, loss);
      expect(Math.abs(fast - reference.loss)).toBeLessThan(1e-12 * Math.max(1, Math.abs(reference.loss)));
      reference.outputs.forEach((v, i) => expect(Math.abs(program.outputs[i] - v)).toBeLessThan(1e-12));
      reference.gradients.forEach((g, i) => expect(Math.abs(program.gradients[i] - g)).toBeLessThan(1e-12 * Math.max(1, Math.abs(g))));
    }
  });

  test('computeGradients(rows) matches numbers worked by hand', () => {
    // One unit: z = 2·x₀ − 1·x₁ + 0.5; rows (1, 2) and (3, −1); MSE against 0 and 1.
    const program = compileModel(sequential([dense(2, 1)]), { loss: 'mse', maxRows: 2 });
    program.parameters.set([2, -1, 0.5]);
    program.inputs.set([1, 2, 3, -1]);
    program.targets.set([0, 1]);
    const loss = program.computeGradients(2);
    // z = (0.5, 7.5); errors (0.5, 6.5); loss = (0.25 + 42.25) / 2 = 21.25.
    expect(loss).toBe(21.25);
    // dL/dz = 2·error/2 = (0.5, 6.5); dW = (0.5·1 + 6.5·3, 0.5·2 − 6.5·1) = (20, −5.5); db = 7.
    expect(Array.from(program.gradients)).toEqual([20, -5.5, 7]);
  });

  test('gradients agree with central differences of its own loss', () => {
    const rng = createRng(5);
    const spec = mlp([3, 7, 4, 2], { hidden: 'tanh', output: 'identity' });
    const program = compileModel(spec, { loss: 'huber', maxRows: 6 });
    program.parameters.forEach((_, i, p) => (p[i] = rng.normal()));
    program.inputs.forEach((_, i, x) => (x[i] = rng.normal()));
    program.targets.forEach((_, i, y) => (y[i] = rng.normal(0, 3)));
    program.computeGradients(6);
    const analytic = program.gradients.slice();
    const h = 1e-6;
    for (let i = 0; i < program.parameters.length; i++) {
      const kept = program.parameters[i];
      program.parameters[i] = kept + h;
      program.forward(6);
      const up = program.lossOnly(6);
      program.parameters[i] = kept - h;
      program.forward(6);
      const down = program.lossOnly(6);
      program.parameters[i] = kept;
      const numeric = (up - down) / (2 * h);
      expect(Math.abs(numeric - analytic[i]) / Math.max(1, Math.abs(analytic[i]))).toBeLessThan(1e-6);
    }
  });

  test('bce loss stays finite for saturated logits', () => {
    const program = compileModel(sequential([dense(1, 1, { activation: 'sigmoid' })]), { loss: 'bce', maxRows: 2 });
    program.parameters.set([100, 0]);
    program.inputs.set([-10, 10]);
    program.targets.set([1, 0]);
    // Both examples are 1000 logits on the wrong side: loss 1000 each, gradient (a − y)/2.
    expect(program.computeGradients(2)).toBe(1000);
    expect(Array.from(program.gradients)).toEqual([5 + 5, 0]);
  });

  test.each(['bce', 'mse'] as const)('computeGradients(rows, false) with %s gives the same gradients and 0 for a finite loss', (loss) => {
    const rng = createRng(8);
    const spec = mlp([2, 5, 3, 1], { hidden: 'relu', output: loss === 'bce' ? 'sigmoid' : 'identity' });
    const program = compileModel(spec, { loss, maxRows: 9 });
    program.parameters.forEach((_, i, p) => (p[i] = rng.normal()));
    program.inputs.forEach((_, i, x) => (x[i] = rng.normal()));
    program.targets.forEach((_, i, y) => (y[i] = rng.int(2)));
    const measured = program.computeGradients(9);
    const gradients = Array.from(program.gradients);
    const outputs = Array.from(program.outputs);
    program.gradients.fill(NaN);
    expect(measured).toBeGreaterThan(0);
    expect(program.computeGradients(9, false)).toBe(0);
    expect(Array.from(program.gradients)).toEqual(gradients);
    expect(Array.from(program.outputs)).toEqual(outputs);
  });

  test('computeGradients(rows, false) still returns a loss that is not finite', () => {
    const program = compileModel(sequential([dense(1, 1, { activation: 'sigmoid' })]), { loss: 'bce', maxRows: 2 });
    // Two logits of 1e308 against target 0: each row's loss is finite, their sum is +Infinity.
    program.parameters.set([1e308, 0]);
    program.inputs.set([1, 1]);
    program.targets.set([0, 0]);
    expect(program.computeGradients(2, false)).toBe(Infinity);
    expect(program.computeGradients(2)).toBe(Infinity);
    // z = 1e308 · 10 overflows to +Infinity, and Infinity · 0 makes the loss NaN.
    program.inputs.set([10, 1]);
    expect(program.computeGradients(2, false)).toBeNaN();
    expect(program.computeGradients(2)).toBeNaN();
  });

  test('compileModel throws when bce has no sigmoid output', () => {
    expect(() => compileModel(mlp([2, 1]), { loss: 'bce', maxRows: 4 })).toThrowErrorMatchingInlineSnapshot(`[EngineError: compileModel: loss bce expects a sigmoid output layer, got identity; use bceWithLogits on raw scores]`);
  });

  test('compileModel throws when the parameter buffer has the wrong length', () => {
    expect(() =>
      compileModel(mlp([2, 3, 1]), { loss: 'mse', maxRows: 4, parameters: new Float64Array(5) }),
    ).toThrowErrorMatchingInlineSnapshot(`[EngineError: compileModel: parameters must hold 13 numbers for this model, got 5]`);
  });
});
