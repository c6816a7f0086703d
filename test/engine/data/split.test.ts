import { describe, expect, test } from 'vitest';
import { createRng, makeCircles, makeXor, trainTestSplit } from '../../../src/engine/index';

describe('trainTestSplit', () => {
  test('trainTestSplit(400 points, 0.25) gives 300 training and 100 test points, each once', () => {
    const data = makeCircles({ count: 400, noise: 0.05, factor: 0.5 }, createRng(1));
    const { train, test: held } = trainTestSplit(data, 0.25, createRng(2));
    expect([train.count, held.count]).toEqual([300, 100]);
    const key = (d: typeof data, i: number): string => `${d.inputs[2 * i]},${d.inputs[2 * i + 1]},${d.targets[i]}`;
    const all = new Set(Array.from({ length: data.count }, (_, i) => key(data, i)));
    const seen = [
      ...Array.from({ length: train.count }, (_, i) => key(train, i)),
      ...Array.from({ length: held.count }, (_, i) => key(held, i)),
    ];
    expect(new Set(seen)).toEqual(all);
    expect(seen).toHaveLength(400);
  });

  test('trainTestSplit(dataset, fraction, rng) repeats for the same seed', () => {
    const data = makeCircles({ count: 40, noise: 0.05, factor: 0.5 }, createRng(1));
    expect(trainTestSplit(data, 0.3, createRng(5))).toEqual(trainTestSplit(data, 0.3, createRng(5)));
  });

  test('trainTestSplit(dataset, fraction) throws for a fraction outside (0, 1) or an empty part', () => {
    expect(() => trainTestSplit(makeXor(), 1, createRng(1))).toThrowErrorMatchingInlineSnapshot(`[EngineError: trainTestSplit: testFraction: expected a number between 0 and 1 (exclusive), got 1]`);
    expect(() => trainTestSplit(makeXor(), 0.05, createRng(1))).toThrowErrorMatchingInlineSnapshot(`[EngineError: trainTestSplit: testFraction: 0.05 of 4 examples leaves the test set empty]`);
  });
});
