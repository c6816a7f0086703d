import { describe, expect, test } from 'vitest';
import { Tensor, createRng, maxRelativeError, softmaxCrossEntropy } from '../../../src/engine/index';
import { expectFanOutDoubles, gradOfSum, plus, rounded } from './helpers';

const logits = Tensor.from([[0, Math.log(2), Math.log(3)], [5, 5, 5]]);
const indices = Tensor.from([[2], [0]]);
const oneHot = Tensor.from([[0, 0, 1], [1, 0, 0]]);

describe('softmaxCrossEntropy', () => {
  test('softmaxCrossEntropy(z, classes) is −ln of the right class\'s probability, worked by hand', () => {
    // Row 1: p = [1, 2, 3]/6, class 2 → −ln 0.5 = ln 2. Row 2: uniform over 3 → ln 3.
    expect(softmaxCrossEntropy(logits, indices, { reduction: 'sum' }).item()).toBeCloseTo(Math.LN2 + Math.log(3), 14);
    expect(softmaxCrossEntropy(logits, indices).item()).toBeCloseTo((Math.LN2 + Math.log(3)) / 2, 14);
    // Slope p − t, halved by the mean over 2 rows.
    expect(rounded(gradOfSum((z) => softmaxCrossEntropy(z, indices), logits), 12)).toEqual(
      rounded([1 / 12, 1 / 6, -1 / 4, -1 / 3, 1 / 6, 1 / 6], 12),
    );
  });

  test('softmaxCrossEntropy(z, t) gives the same loss for one-hot rows and class indices', () => {
    expect(softmaxCrossEntropy(logits, oneHot).item()).toBeCloseTo(softmaxCrossEntropy(logits, indices).item(), 15);
  });

  test('softmaxCrossEntropy(z, t) stays finite for logits far above exp\'s overflow point', () => {
    const big = Tensor.from([[1000, 1000 + Math.log(3)]]);
    expect(softmaxCrossEntropy(big, Tensor.from([[1]])).item()).toBeCloseTo(-Math.log(0.75), 12);
  });

  test('softmaxCrossEntropy(z, t) backward agrees with central differences for both target forms', () => {
    const z = Tensor.randn([4, 5], createRng(13));
    const soft = Tensor.randn([4, 5], createRng(14)).map((v) => Math.abs(v));
    expect(maxRelativeError((x) => softmaxCrossEntropy(x, Tensor.from([[0], [4], [2], [2]])), z)).toBeLessThan(1e-6);
    expect(maxRelativeError((x) => softmaxCrossEntropy(x, soft, { reduction: 'sum' }), z)).toBeLessThan(1e-6);
  });

  test('softmaxCrossEntropy(z, t) twice on the same logits doubles the gradient (fan-out)', () => {
    expectFanOutDoubles((x) => plus(softmaxCrossEntropy(x, indices), softmaxCrossEntropy(x, indices)), logits);
  });

  test('softmaxCrossEntropy(z, t) throws for targets that are neither one-hot rows nor an index column', () => {
    expect(() => softmaxCrossEntropy(logits, Tensor.zeros([2, 2]))).toThrowErrorMatchingInlineSnapshot(`[EngineError: softmaxCrossEntropy: logits is [2, 3] and targets is [2, 2]; targets must be [2, 3] (one-hot) or [2, 1] (class indices)]`);
  });

  test('softmaxCrossEntropy(z, classes) throws for a class index out of range', () => {
    expect(() => softmaxCrossEntropy(logits, Tensor.from([[1], [3]]))).toThrowErrorMatchingInlineSnapshot(`[EngineError: softmaxCrossEntropy: targets: class index at row 1 must be an integer from 0 to 2, got 3]`);
  });
});
