import { describe, expect, test } from 'vitest';
import { DeepSignalsProps } from '../../../components/DeepSignals/schema';
import { parseProps } from '../../../components/shared/parse-props';
import { propsError } from '../shared/props-error';

const SOURCE = 'content/chapters/initialization.mdx:80';

function problemsOf(props: Record<string, unknown>): string {
  return propsError(DeepSignalsProps, 'DeepSignals', props, SOURCE);
}

describe('DeepSignalsProps', () => {
  test('<DeepSignals /> looks inside 10 tanh layers of 100 units with small weights, before and after 20 steps, seed 1', () => {
    expect(parseProps(DeepSignalsProps, { __source: SOURCE }, 'DeepSignals')).toEqual({
      depth: 10,
      width: 100,
      activation: 'tanh',
      init: 'small',
      steps: 20,
      seed: 1,
    });
  });

  test('a quoted number, a misspelt prop and a near-miss init name are all reported at once', () => {
    expect(problemsOf({ depth: '10', widht: 100, init: 'xavier' })).toMatchInlineSnapshot(`
      "content/chapters/initialization.mdx:80 › DeepSignals › depth: expected an integer from 2 to 20, got "10" (a string)
        fix: write depth={10}; quotes make the value text
      content/chapters/initialization.mdx:80 › DeepSignals › init: expected one of "small", "unit", "large", "lecun", "xavierNormal", "xavierUniform", "heNormal", "heUniform", got "xavier" (a string)
      content/chapters/initialization.mdx:80 › DeepSignals › widht: unknown prop
        fix: did you mean width? allowed props are depth, width, activation, init, steps, seed"
    `);
  });

  test('out-of-range and fractional numbers name the allowed range', () => {
    expect(problemsOf({ depth: 1, width: 500, steps: 2.5, seed: -1, activation: 'gelu' })).toMatchInlineSnapshot(`
      "content/chapters/initialization.mdx:80 › DeepSignals › depth: expected an integer from 2 to 20, got 1
      content/chapters/initialization.mdx:80 › DeepSignals › width: expected an integer from 10 to 200, got 500
      content/chapters/initialization.mdx:80 › DeepSignals › activation: expected one of "tanh", "relu", "sigmoid", "identity", got "gelu" (a string)
        fix: did you mean "relu"?
      content/chapters/initialization.mdx:80 › DeepSignals › steps: expected an integer from 0 to 500, got 2.5
      content/chapters/initialization.mdx:80 › DeepSignals › seed: expected an integer from 0 to 999999, got -1"
    `);
  });
});
