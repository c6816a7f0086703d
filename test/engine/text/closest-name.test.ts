import { describe, expect, test } from 'vitest';
import { closestName, editDistance } from '../../../src/engine/index';

describe('closestName', () => {
  test('editDistance counts single-character edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('tahn', 'tanh')).toBe(1);
  });

  test('closestName finds near misses and refuses far ones', () => {
    expect(closestName('learingRate', ['seed', 'learningRate'])).toBe('learningRate');
    expect(closestName('Bias', ['bias', 'weights'])).toBe('bias');
    expect(closestName('colour', ['seed', 'learningRate'])).toBeUndefined();
  });
});
