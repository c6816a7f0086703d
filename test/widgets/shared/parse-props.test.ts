import { describe, expect, test } from 'vitest';
import { parseProps, WidgetPropsError } from '../../../components/shared/parse-props';
import { SampleProps } from './sample-schema';

const SOURCE = 'content/chapters/neuron.mdx:48';

function messageOf(props: Record<string, unknown>): string {
  try {
    parseProps(SampleProps, { __source: SOURCE, ...props }, 'Sample');
  } catch (error) {
    if (error instanceof WidgetPropsError) return error.message;
    throw error;
  }
  throw new Error('parseProps accepted the props');
}

describe('parseProps', () => {
  test('parseProps(schema, {}) fills the defaults and drops __source', () => {
    expect(parseProps(SampleProps, { __source: SOURCE }, 'Sample')).toEqual({
      inputs: 3,
      activation: 'sigmoid',
      learningRate: 0.1,
      derivatives: true,
      start: [1, 1],
    });
  });

  test('parseProps reports an out-of-range integer with file, widget and prop', () => {
    expect(messageOf({ inputs: 7 })).toMatchInlineSnapshot(`"content/chapters/neuron.mdx:48 › Sample › inputs: expected an integer from 2 to 5, got 7"`);
  });

  test('parseProps explains a quoted number with a fix', () => {
    expect(messageOf({ learningRate: '0.1' })).toMatchInlineSnapshot(`
      "content/chapters/neuron.mdx:48 › Sample › learningRate: expected a number from 0.0001 to 10, got "0.1" (a string)
        fix: write learningRate={0.1}; quotes make the value text"
    `);
  });

  test('parseProps names the closest allowed prop for a typo', () => {
    expect(messageOf({ learingRate: 0.1 })).toMatchInlineSnapshot(`
      "content/chapters/neuron.mdx:48 › Sample › learingRate: unknown prop
        fix: did you mean learningRate? allowed props are inputs, activation, learningRate, weights, derivatives, start"
    `);
  });

  test('parseProps lists every problem at once', () => {
    expect(messageOf({ inputs: 2.5, activation: 'sigmod', derivatives: 'true', start: [0, 9] })).toMatchInlineSnapshot(`
      "content/chapters/neuron.mdx:48 › Sample › inputs: expected an integer from 2 to 5, got 2.5
      content/chapters/neuron.mdx:48 › Sample › activation: expected one of "step", "sigmoid", "tanh", got "sigmod" (a string)
        fix: did you mean "sigmoid"?
      content/chapters/neuron.mdx:48 › Sample › derivatives: expected true or false, got "true" (a string)
        fix: write derivatives={true}; quotes make the value text
      content/chapters/neuron.mdx:48 › Sample › start[1]: expected a number from -3 to 3, got 9"
    `);
  });

  test('parseProps reports list problems: quoted list, bad item, cross-field rule', () => {
    expect(messageOf({ weights: '1, 2, 3' })).toMatchInlineSnapshot(`
      "content/chapters/neuron.mdx:48 › Sample › weights: expected a list of 2 to 5 numbers from -10 to 10, got "1, 2, 3" (a string)
        fix: write weights={[1, 2, 3]}; a list goes in braces and brackets"
    `);
    expect(messageOf({ weights: [1, 'x', 3] })).toMatchInlineSnapshot(`"content/chapters/neuron.mdx:48 › Sample › weights[1]: expected a number from -10 to 10, got "x" (a string)"`);
    expect(messageOf({ inputs: 3, weights: [1, 2] })).toMatchInlineSnapshot(`"content/chapters/neuron.mdx:48 › Sample › weights: expected 3 weights (one per input), got 2"`);
  });

  test('parseProps without a __source stamp starts the line with the widget name', () => {
    expect(() => parseProps(SampleProps, { inputs: 0 }, 'Sample')).toThrowErrorMatchingInlineSnapshot(`[WidgetPropsError: Sample › inputs: expected an integer from 2 to 5, got 0]`);
  });
});
