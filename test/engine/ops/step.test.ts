import { describe, expect, test } from 'vitest';
import { Tensor, backward, ops } from '../../../src/engine/index';

describe('step', () => {
  test('step(x) is 1 for x ≥ 0 and 0 below', () => {
    expect(ops.step(Tensor.from([[-2, -1e-9, 0, 3]])).toArray()).toEqual([[0, 0, 1, 1]]);
  });

  test('step(x) of a constant builds no graph', () => {
    expect(ops.step(Tensor.from([[1]])).node).toBeNull();
  });

  test('step(x) backward throws, pointing to sigmoid', () => {
    const x = Tensor.from([[0.5, -0.5]]).asParameter();
    expect(() => backward(ops.sum(ops.step(x)))).toThrowErrorMatchingInlineSnapshot(`[EngineError: step: has no useful gradient: its slope is 0 everywhere except at 0, where it is undefined; use sigmoid for a trainable threshold]`);
  });
});
