import { expect, test } from 'vitest';
import { z } from 'zod';
import { parseNumberText } from '../../../components/shared/number-field';

const weight = z.number().min(-10).max(10).default(0);
const inputs = z.number().int().min(2).max(5);
const rate = z.number().positive().max(10);

test('parseNumberText accepts numbers in range, with spaces and exponents', () => {
  expect(parseNumberText(' -2.5 ', weight)).toEqual({ ok: true, value: -2.5 });
  expect(parseNumberText('1e1', weight)).toEqual({ ok: true, value: 10 });
  expect(parseNumberText('4', inputs)).toEqual({ ok: true, value: 4 });
});

test('parseNumberText answers each bad input with the allowed range in the schema words', () => {
  const messages = ['', 'abc', 'NaN', '1e999', '11', '-10.5'].map((text) => parseNumberText(text, weight));
  expect(messages).toMatchInlineSnapshot(`
    [
      {
        "message": "the field is empty; enter a number from -10 to 10",
        "ok": false,
      },
      {
        "message": ""abc" is not a number; enter a number from -10 to 10",
        "ok": false,
      },
      {
        "message": ""NaN" is not a number; enter a number from -10 to 10",
        "ok": false,
      },
      {
        "message": "1e999 is too large to use; enter a number from -10 to 10",
        "ok": false,
      },
      {
        "message": "11 is too large; enter a number from -10 to 10",
        "ok": false,
      },
      {
        "message": "-10.5 is too small; enter a number from -10 to 10",
        "ok": false,
      },
    ]
  `);
  expect(parseNumberText('2.5', inputs)).toMatchInlineSnapshot(`
    {
      "message": "2.5 is not a whole number; enter an integer from 2 to 5",
      "ok": false,
    }
  `);
  expect(parseNumberText('0', rate)).toMatchInlineSnapshot(`
    {
      "message": "0 is too small; enter a number greater than 0 and at most 10",
      "ok": false,
    }
  `);
});

test('parseNumberText names text the browser could not read instead of calling the field empty', () => {
  // <input type="number"> reports "" for "1e400"; the widget passes validity.badInput along.
  expect(parseNumberText('', weight, true)).toMatchInlineSnapshot(`
    {
      "message": "that is not a number this field can read (too large, or not numeric); enter a number from -10 to 10",
      "ok": false,
    }
  `);
  expect(parseNumberText('', weight)).toEqual({ ok: false, message: expect.stringMatching(/^the field is empty/) });
});

test('parseNumberText reads plain decimals only: hex, commas, Infinity and trailing text are answered', () => {
  expect(parseNumberText('0x10', weight)).toEqual({ ok: false, message: '"0x10" is not a number; enter a number from -10 to 10' });
  expect(parseNumberText('1,5', weight)).toEqual({ ok: false, message: '"1,5" has a comma; write decimals with a point, and enter a number from -10 to 10' });
  expect(parseNumberText('Infinity', weight)).toEqual({ ok: false, message: '"Infinity" is not a number; enter a number from -10 to 10' });
  expect(parseNumberText('2px', weight)).toEqual({ ok: false, message: '"2px" is not a number; enter a number from -10 to 10' });
  expect(parseNumberText('.5', weight)).toEqual({ ok: true, value: 0.5 });
  expect(parseNumberText('3.', weight)).toEqual({ ok: true, value: 3 });
  expect(parseNumberText('+2e-1', weight)).toEqual({ ok: true, value: 0.2 });
});

test('parseNumberText quotes at most 40 characters of what was typed', () => {
  const result = parseNumberText('x'.repeat(500), weight);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.message).toBe(`"${'x'.repeat(39)}…" is not a number; enter a number from -10 to 10`);
  // Digits too: a number typed 300 digits long is out of range, and quoted short.
  const long = parseNumberText('9'.repeat(300), weight);
  if (!long.ok) expect(long.message).toBe(`${'9'.repeat(39)}… is too large; enter a number from -10 to 10`);
  expect(long.ok).toBe(false);
});
