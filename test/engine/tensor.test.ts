import { describe, expect, test } from 'vitest';
import { Tensor, createRng } from '../../src/engine/index';

describe('Tensor', () => {
  test('Tensor.from(rows) stores values row by row', () => {
    const t = Tensor.from([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(t.shape).toEqual([2, 3]);
    expect(Array.from(t.data)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(t.get(1, 0)).toBe(4);
    expect(t.toArray()).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
  });

  test('Tensor.zeros, full and scalar fill as named', () => {
    expect(Array.from(Tensor.zeros([2, 2]).data)).toEqual([0, 0, 0, 0]);
    expect(Tensor.full([1, 3], 2.5).toArray()).toEqual([[2.5, 2.5, 2.5]]);
    expect(Tensor.scalar(7).item()).toBe(7);
    expect(Tensor.scalar(7).shape).toEqual([1, 1]);
  });

  test('Tensor.randn(shape, rng) repeats for the same seed and differs for another', () => {
    const a = Tensor.randn([3, 3], createRng(5), 1, 2);
    const b = Tensor.randn([3, 3], createRng(5), 1, 2);
    const c = Tensor.randn([3, 3], createRng(6), 1, 2);
    expect(Array.from(a.data)).toEqual(Array.from(b.data));
    expect(Array.from(a.data)).not.toEqual(Array.from(c.data));
  });

  test('map and zip return new tensors and leave their inputs alone', () => {
    const a = Tensor.from([[1, 2]]);
    const b = Tensor.from([[10, 20]]);
    expect(a.map((v) => v * 3).toArray()).toEqual([[3, 6]]);
    expect(a.zip(b, (p, q) => q - p).toArray()).toEqual([[9, 18]]);
    expect(a.toArray()).toEqual([[1, 2]]);
  });

  test('asParameter marks a tensor for gradients and detach copies without it', () => {
    const w = Tensor.from([[1]]).asParameter();
    expect(w.requiresGrad).toBe(true);
    const copy = w.detach();
    expect(copy.requiresGrad).toBe(false);
    copy.data[0] = 5;
    expect(w.item()).toBe(1);
  });

  test('Tensor.fromArray(shape, values) throws when the length does not match', () => {
    expect(() => Tensor.fromArray([2, 3], [1, 2, 3])).toThrowErrorMatchingInlineSnapshot(`[EngineError: Tensor.fromArray: shape [2, 3] needs 6 values, got 3]`);
  });

  test('Tensor.from(rows) throws when rows differ in length', () => {
    expect(() => Tensor.from([[1, 2], [3]])).toThrowErrorMatchingInlineSnapshot(`[EngineError: Tensor.from: row 1 has length 1 but row 0 has length 2; rows must have equal length]`);
  });

  test('Tensor.zeros(shape) throws for a non-positive or fractional size', () => {
    expect(() => Tensor.zeros([0, 3])).toThrowErrorMatchingInlineSnapshot(`[EngineError: Tensor.zeros: shape must be [rows, cols] with positive integer sizes, got [0, 3]]`);
    expect(() => Tensor.zeros([2, 1.5])).toThrowErrorMatchingInlineSnapshot(`[EngineError: Tensor.zeros: shape must be [rows, cols] with positive integer sizes, got [2, 1.5]]`);
  });

  test('Tensor.zeros(shape) throws for a shape past 2²⁷ numbers instead of failing inside Float64Array', () => {
    expect(() => Tensor.zeros([1e308, 1])).toThrowErrorMatchingInlineSnapshot(`[EngineError: Tensor.zeros: shape [1e+308, 1] holds 1e+308 numbers; a tensor holds at most 134217728]`);
    expect(() => Tensor.zeros([2 ** 14, 2 ** 13 + 1])).toThrowErrorMatchingInlineSnapshot(`[EngineError: Tensor.zeros: shape [16384, 8193] holds 134234112 numbers; a tensor holds at most 134217728]`);
  });

  test('new Tensor(shape, data) throws when data does not fill the shape', () => {
    expect(() => new Tensor([2, 2], new Float64Array(3))).toThrowErrorMatchingInlineSnapshot(`[EngineError: Tensor: data has 3 values but shape [2, 2] needs 4]`);
  });

  test('item() throws unless the tensor is [1, 1]', () => {
    expect(() => Tensor.zeros([2, 1]).item()).toThrowErrorMatchingInlineSnapshot(`[EngineError: item: needs a [1, 1] tensor, got [2, 1]]`);
  });

  test('get(i, j) throws outside the shape', () => {
    expect(() => Tensor.zeros([2, 2]).get(2, 0)).toThrowErrorMatchingInlineSnapshot(`[EngineError: get: index (2, 0) is outside a tensor of shape [2, 2]]`);
  });

  test('zip(other, f) throws when shapes differ', () => {
    expect(() =>
      Tensor.zeros([2, 3]).zip(Tensor.zeros([3, 2]), (p) => p),
    ).toThrowErrorMatchingInlineSnapshot(`[EngineError: zip: a is [2, 3] and b is [3, 2]; shapes must be equal]`);
  });
});
