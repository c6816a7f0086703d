import { expect, test } from 'vitest';
import { makeXor } from '../../../src/engine/index';

test('makeXor() gives the four corners labelled 0, 1, 1, 0', () => {
  const data = makeXor();
  expect(data.count).toBe(4);
  expect(Array.from(data.inputs)).toEqual([0, 0, 0, 1, 1, 0, 1, 1]);
  expect(Array.from(data.targets)).toEqual([0, 1, 1, 0]);
});
