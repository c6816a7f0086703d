import { expect, test } from 'vitest';
import { describeChoices, describeValue, expectedGot } from '../../../src/engine/index';

test('describeValue(value) names the kind when the kind is the mistake', () => {
  expect(describeValue(7)).toBe('7');
  expect(describeValue(Number.NaN)).toBe('NaN');
  expect(describeValue(true)).toBe('true');
  expect(describeValue('0.1')).toBe('"0.1" (a string)');
  expect(describeValue('say "hi"')).toBe('"say \\"hi\\"" (a string)');
  expect(describeValue(undefined)).toBe('nothing (the field is missing)');
  expect(describeValue(null)).toBe('null (an empty value)');
  expect(describeValue(new Date('2024-03-05T00:00:00Z'))).toBe('2024-03-05 (a date)');
  expect(describeValue({ a: 1 })).toBe('an object');
});

test('describeValue(list) prints short lists item by item and counts long ones', () => {
  expect(describeValue([])).toBe('[] (a list)');
  expect(describeValue([1, 'a', [2, 3], { b: 1 }])).toBe('[1, "a", [2, 3], {…}] (a list)');
  expect(describeValue([1, 2, 3, 4, 5, 6, 7, 8])).toBe('[1, 2, 3, 4, 5, 6, 7, 8] (a list)');
  expect(describeValue([1, 2, 3, 4, 5, 6, 7, 8, 9])).toBe('a list of 9 items');
});

test('describeValue(value) stays short whatever arrives: long texts are cut, long or deep lists counted, bad dates named', () => {
  expect(describeValue('x'.repeat(1500))).toMatchInlineSnapshot(`""xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…" (a string)"`);
  expect(describeValue(10n ** 100n)).toMatchInlineSnapshot(`"100000000000000000000000000000000000000…"`);
  expect(describeValue(['y'.repeat(100), 'z'.repeat(100)])).toMatchInlineSnapshot(`"a list of 2 items"`);
  expect(describeValue([[[[1]]], [Array(20).fill(0)]])).toMatchInlineSnapshot(`"[[[…]], [[…]]] (a list)"`);
  expect(describeValue(new Date('soon'))).toMatchInlineSnapshot(`"an invalid date"`);
});

test('expectedGot(where, what, received) writes the one sentence, without where when it is empty', () => {
  expect(expectedGot('model.sizes[1]', 'an integer from 1 to 4096', '0')).toBe('model.sizes[1]: expected an integer from 1 to 4096, got 0');
  expect(expectedGot('', 'an object', 'null')).toBe('expected an object, got null');
  expect(describeChoices(['sgd', 'adam'])).toBe('one of "sgd", "adam"');
});
