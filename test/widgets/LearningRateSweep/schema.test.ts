import { describe, expect, test } from 'vitest';
import { LearningRateSweepProps } from '../../../components/LearningRateSweep/schema';
import { parseHiddenText, rateOrderProblem } from '../../../components/LearningRateSweep/settings-text';
import { parseProps } from '../../../components/shared/parse-props';
import { decodeUrlState } from '../../../components/shared/url-state';
import { propsError } from '../shared/props-error';

const SOURCE = 'content/chapters/learning-rate.mdx:374';

function problemsOf(props: Record<string, unknown>): string {
  return propsError(LearningRateSweepProps, 'LearningRateSweep', props, SOURCE);
}

describe('LearningRateSweepProps', () => {
  test('<LearningRateSweep /> is the chapter\'s sweep on the moons', () => {
    expect(parseProps(LearningRateSweepProps, { __source: SOURCE }, 'LearningRateSweep')).toEqual({
      dataset: 'moons',
      hidden: [8],
      minRate: 0.001,
      maxRate: 10,
      count: 10,
      steps: 300,
      seed: 1,
    });
  });

  test('every problem is listed: count, data set, quoted seed, hidden sizes', () => {
    expect(problemsOf({ count: 20, dataset: 'moon', seed: '3', hidden: [8, 0] })).toMatchInlineSnapshot(`
      "content/chapters/learning-rate.mdx:374 › LearningRateSweep › dataset: expected one of "circles", "moons", "xor", "spirals", got "moon" (a string)
        fix: did you mean "moons"?
      content/chapters/learning-rate.mdx:374 › LearningRateSweep › hidden[1]: expected an integer from 1 to 32, got 0
      content/chapters/learning-rate.mdx:374 › LearningRateSweep › count: expected an integer from 8 to 12, got 20
      content/chapters/learning-rate.mdx:374 › LearningRateSweep › seed: expected an integer from 0 to 999999, got "3" (a string)
        fix: write seed={3}; quotes make the value text"
    `);
  });

  test('a rate range upside down names both rates', () => {
    expect(problemsOf({ minRate: 1, maxRate: 0.1 })).toMatchInlineSnapshot(`
      "content/chapters/learning-rate.mdx:374 › LearningRateSweep › minRate: expected a rate below maxRate (0.1), got 1
      content/chapters/learning-rate.mdx:374 › LearningRateSweep › maxRate: expected a rate above minRate (1), got 0.1"
    `);
  });
});

describe('LearningRateSweep URL state', () => {
  test('a link may not turn the rate range upside down', () => {
    const base = LearningRateSweepProps.parse({});
    const { state, notes } = decodeUrlState(LearningRateSweepProps, 'lrs1', '?lrs1.minRate=50&lrs1.steps=100', base);
    expect(state).toEqual({ ...base, steps: 100 });
    expect(notes).toMatchInlineSnapshot(`
      [
        {
          "key": "minRate",
          "message": "the link's setting "minRate" does not fit the others: expected a rate below maxRate (10), got 50; showing the page's minRate",
        },
      ]
    `);
  });
});

describe('parseHiddenText', () => {
  test('reads one to three sizes separated by commas', () => {
    expect(parseHiddenText('16, 8')).toEqual({ ok: true, value: [16, 8] });
    expect(parseHiddenText(' 4 ')).toEqual({ ok: true, value: [4] });
  });

  test('answers an empty field as empty, like the number boxes', () => {
    expect(parseHiddenText('  ')).toEqual({
      ok: false,
      message: 'the field is empty; enter a list of 1 to 3 integers from 1 to 32, separated by commas',
    });
  });

  test('answers a bad list with the allowed shape', () => {
    expect([parseHiddenText('8, 0'), parseHiddenText('8,,4'), parseHiddenText('1,2,3,4'), parseHiddenText('2.5')]).toMatchInlineSnapshot(`
      [
        {
          "message": ""0" is not a layer size; enter a list of 1 to 3 integers from 1 to 32, separated by commas",
          "ok": false,
        },
        {
          "message": "a size is missing; enter a list of 1 to 3 integers from 1 to 32, separated by commas",
          "ok": false,
        },
        {
          "message": "4 layers is too many; enter a list of 1 to 3 integers from 1 to 32, separated by commas",
          "ok": false,
        },
        {
          "message": ""2.5" is not a layer size; enter a list of 1 to 3 integers from 1 to 32, separated by commas",
          "ok": false,
        },
      ]
    `);
  });
});

describe('rateOrderProblem', () => {
  test('is silent for a proper range and names both rates otherwise', () => {
    expect(rateOrderProblem(0.001, 10)).toBeUndefined();
    expect(rateOrderProblem(1, 1)).toBe('the smallest rate (1) must be below the largest (1); change one of them');
  });
});
