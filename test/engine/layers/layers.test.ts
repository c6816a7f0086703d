import { describe, expect, test } from 'vitest';
import {
  Mlp,
  createRng,
  dense,
  formatSummary,
  mlp,
  parameterCount,
  parameterLayout,
  sequential,
  summarize,
} from '../../../src/engine/index';

const xorNet = () => sequential([dense(2, 11, { activation: 'tanh' }), dense(11, 1, { bias: false })]);

describe('layers and models', () => {
  test('parameterCount(xor lab net) is 33 + 11 = 44', () => {
    expect(parameterCount(xorNet())).toBe(44);
    expect(summarize(xorNet()).rows.map((row) => row.parameters)).toEqual([33, 11]);
  });

  test('parameterCount(mlp([2, 10, 5, 1])) is 30 + 55 + 6 = 91', () => {
    expect(parameterCount(mlp([2, 10, 5, 1], { hidden: 'relu', output: 'sigmoid' }))).toBe(91);
  });

  test('parameterLayout puts each layer W ([out, in]) before its b', () => {
    const layout = parameterLayout(xorNet());
    expect(layout.slots).toEqual([
      { weightOffset: 0, weightCount: 22, biasOffset: 22, biasCount: 11 },
      { weightOffset: 33, weightCount: 11, biasOffset: -1, biasCount: 0 },
    ]);
    expect(layout.size).toBe(44);
  });

  test('formatSummary(summarize(model)) prints a torchsummary-style table', () => {
    expect(formatSummary(summarize(xorNet()))).toMatchInlineSnapshot(`
      "----------------------------------------------------------------
                        Layer (type)      Output Shape         Param #
      ================================================================
                      Dense-1 (tanh)          [-1, 11]              33
         Dense-2 (identity, no bias)           [-1, 1]              11
      ================================================================
      Total params: 44
      Trainable params: 44
      Non-trainable params: 0
      ----------------------------------------------------------------"
    `);
  });

  test('Mlp.setLayer copies W row by row (row = output unit)', () => {
    const model = new Mlp(mlp([2, 2, 1]));
    model.setLayer(0, { weights: [[1, 2], [3, 4]], bias: [5, 6] });
    expect(Array.from(model.parameters.subarray(0, 6))).toEqual([1, 2, 3, 4, 5, 6]);
    // Outputs: hidden relu(1·1 + 2·1 + 5, 3 + 4 + 6) = (8, 13); the output layer's W is still 0.
    model.setLayer(1, { weights: [[1, -1]] });
    expect(Array.from(model.predict(Float64Array.from([1, 1]), 1))).toEqual([8 - 13]);
  });

  test('Mlp.initializeInPlace is the same for the same seed and honours each layer init', () => {
    const spec = sequential([
      dense(2, 3, { activation: 'tanh', init: { kind: 'constant', value: 0.5 }, biasInit: { kind: 'ones' } }),
      dense(3, 1),
    ]);
    const a = new Mlp(spec).initializeInPlace(createRng(4));
    const b = new Mlp(spec).initializeInPlace(createRng(4));
    expect(Array.from(a.parameters)).toEqual(Array.from(b.parameters));
    expect(Array.from(a.parameters.subarray(0, 9))).toEqual([0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 1, 1, 1]);
    // Default init of the second layer: U(±1/√3); default bias: 0.
    const second = a.parameters.subarray(9, 12);
    second.forEach((w) => expect(Math.abs(w)).toBeLessThan(1 / Math.sqrt(3)));
    expect(new Set(second).size).toBe(3);
    expect(a.parameters[12]).toBe(0);
  });

  test('sequential throws when a layer does not take the previous outputs', () => {
    expect(() => sequential([dense(2, 4), dense(3, 1)])).toThrowErrorMatchingInlineSnapshot(`[EngineError: sequential: layer 2 takes 3 inputs but layer 1 gives 4]`);
  });

  test('dense throws for a size that is not a positive integer', () => {
    expect(() => dense(2.5, 1)).toThrowErrorMatchingInlineSnapshot(`[EngineError: dense: inputSize must be a positive integer, got 2.5]`);
  });

  test('Mlp.setLayer throws when W has the wrong shape', () => {
    expect(() => new Mlp(mlp([2, 3, 1])).setLayer(0, { weights: [[1, 2]] })).toThrowErrorMatchingInlineSnapshot(`[EngineError: setLayer: weights of layer 0 must be [3, 2], got [1, 2]]`);
  });

  test('Mlp.setLayer throws for a bias of the wrong length and leaves the parameters untouched', () => {
    const model = new Mlp(mlp([2, 2, 1]));
    expect(() => model.setLayer(0, { weights: [[1, 2], [3, 4]], bias: [5] })).toThrowErrorMatchingInlineSnapshot(`[EngineError: setLayer: bias of layer 0 must hold 2 numbers, got 1]`);
    expect(Array.from(model.parameters)).toEqual(new Array(9).fill(0));
  });
});
