import { describe, expect, test } from 'vitest';
import { DescentCurveProps } from '../../../components/DescentCurve/schema';
import { parseProps } from '../../../components/shared/parse-props';
import { decodeUrlState } from '../../../components/shared/url-state';
import { propsError } from '../shared/props-error';

const SOURCE = 'content/chapters/learning-rate.mdx:105';

function problemsOf(props: Record<string, unknown>): string {
  return propsError(DescentCurveProps, 'DescentCurve', props, SOURCE);
}

describe('DescentCurveProps', () => {
  test('<DescentCurve /> gets the chapter\'s first walk: parabola from 3 at η = 0.1 for 20 steps', () => {
    expect(parseProps(DescentCurveProps, { __source: SOURCE }, 'DescentCurve')).toEqual({
      curve: 'parabola',
      start: 3,
      learningRate: 0.1,
      steps: 20,
      curvature: 1,
    });
  });

  test('a quoted number, a misspelt prop and a near-miss curve name are all reported at once', () => {
    expect(problemsOf({ learningRate: '0.1', stpes: 20, curve: 'hill' })).toMatchInlineSnapshot(`
      "content/chapters/learning-rate.mdx:105 › DescentCurve › curve: expected one of "parabola", "hills", got "hill" (a string)
        fix: did you mean "hills"?
      content/chapters/learning-rate.mdx:105 › DescentCurve › learningRate: expected a number from 0.001 to 10, got "0.1" (a string)
        fix: write learningRate={0.1}; quotes make the value text
      content/chapters/learning-rate.mdx:105 › DescentCurve › stpes: unknown prop
        fix: did you mean steps? allowed props are curve, start, learningRate, steps, curvature"
    `);
  });

  test('out-of-range and fractional numbers name the allowed range', () => {
    expect(problemsOf({ start: 9, steps: 2.5, curvature: 0, learningRate: 20 })).toMatchInlineSnapshot(`
      "content/chapters/learning-rate.mdx:105 › DescentCurve › start: expected a number from -5 to 5, got 9
      content/chapters/learning-rate.mdx:105 › DescentCurve › learningRate: expected a number from 0.001 to 10, got 20
      content/chapters/learning-rate.mdx:105 › DescentCurve › steps: expected an integer from 1 to 100, got 2.5
      content/chapters/learning-rate.mdx:105 › DescentCurve › curvature: expected a number from 0.1 to 10, got 0"
    `);
  });
});

describe('DescentCurve URL state', () => {
  const base = DescentCurveProps.parse({});

  test('reads good settings and notes a tampered one, keeping the page value', () => {
    const { state, notes } = decodeUrlState(DescentCurveProps, 'dc2', '?dc2.steps=40&dc2.learningRate=fast&dc1.steps=7', base);
    expect(state).toEqual({ ...base, steps: 40 });
    expect(notes).toMatchInlineSnapshot(`
      [
        {
          "key": "learningRate",
          "message": "the link set learningRate=fast, but it must be a number from 0.001 to 10; showing 0.1",
        },
      ]
    `);
  });
});
