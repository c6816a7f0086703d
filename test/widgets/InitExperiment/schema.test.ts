import { describe, expect, test } from 'vitest';
import { InitExperimentProps } from '../../../components/InitExperiment/schema';
import { parseProps } from '../../../components/shared/parse-props';
import { decodeUrlState } from '../../../components/shared/url-state';
import { propsError } from '../shared/props-error';

const SOURCE = 'content/chapters/initialization.mdx:40';

function problemsOf(props: Record<string, unknown>): string {
  return propsError(InitExperimentProps, 'InitExperiment', props, SOURCE);
}

describe('InitExperimentProps', () => {
  test('<InitExperiment /> is the classic experiment with He starting weights on seeded circles', () => {
    expect(parseProps(InitExperimentProps, { __source: SOURCE }, 'InitExperiment')).toEqual({
      init: 'he',
      mode: 'seeded',
      seed: 1,
      iterations: 15000,
      learningRate: 0.01,
      hidden: [10, 5],
    });
  });

  test('every problem is listed: start, iterations, rate, quoted seed, hidden sizes', () => {
    expect(problemsOf({ init: 'kaiming', iterations: 50000, learningRate: -1, seed: '3', hidden: [10, 0] })).toMatchInlineSnapshot(`
      "content/chapters/initialization.mdx:40 › InitExperiment › init: expected one of "zeros", "constant", "small", "large", "lecun", "xavier", "he", got "kaiming" (a string)
      content/chapters/initialization.mdx:40 › InitExperiment › seed: expected an integer from 0 to 999999, got "3" (a string)
        fix: write seed={3}; quotes make the value text
      content/chapters/initialization.mdx:40 › InitExperiment › iterations: expected an integer from 100 to 30000, got 50000
      content/chapters/initialization.mdx:40 › InitExperiment › learningRate: expected a number from 0.0001 to 10, got -1
      content/chapters/initialization.mdx:40 › InitExperiment › hidden[1]: expected an integer from 1 to 32, got 0"
    `);
  });

  test('classic mode needs the published hidden layers 10, 5, and says so on both props', () => {
    expect(problemsOf({ mode: 'classic', hidden: [8] })).toMatchInlineSnapshot(`
      "content/chapters/initialization.mdx:40 › InitExperiment › hidden: expected hidden layers 10, 5 in classic mode (the published network), got 8
      content/chapters/initialization.mdx:40 › InitExperiment › mode: expected "seeded" with hidden layers 8 (classic mode needs 10, 5), got "classic""
    `);
  });
});

describe('InitExperiment URL state', () => {
  const base = InitExperimentProps.parse({});

  test('a link may choose classic mode with the published network', () => {
    const { state, notes } = decodeUrlState(InitExperimentProps, 'ie1', '?ie1.mode=classic&ie1.init=zeros', base);
    expect(state).toEqual({ ...base, mode: 'classic', init: 'zeros' });
    expect(notes).toEqual([]);
  });

  test('a link with bad values keeps the page settings and says why', () => {
    const { state, notes } = decodeUrlState(InitExperimentProps, 'ie1', '?ie1.iterations=NaN&ie1.learningRate=-3&ie1.seed=99999999999', base);
    expect(state).toEqual(base);
    expect(notes.map((note) => note.message)).toMatchInlineSnapshot(`
      [
        "the link set iterations=NaN, but it must be an integer from 100 to 30000; showing 15000",
        "the link set learningRate=-3, but it must be a number from 0.0001 to 10; showing 0.01",
        "the link set seed=99999999999, but it must be an integer from 0 to 999999; showing 1",
      ]
    `);
  });
});
