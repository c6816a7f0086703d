import { describe, expect, test } from 'vitest';
import {
  DescentBowl,
  DescentBowlProps,
  adaptToSurface,
  fillSurfaceDefaults,
  resolveSettings,
  surfaceSettings,
} from '../../../components/DescentBowl/schema';
import { parseProps } from '../../../components/shared/parse-props';
import { decodeUrlState } from '../../../components/shared/url-state';
import { propsError } from '../shared/props-error';

const SOURCE = 'content/chapters/learning-rate.mdx:244';

function problemsOf(props: Record<string, unknown>): string {
  return propsError(DescentBowlProps, 'DescentBowl', props, SOURCE);
}

describe('DescentBowlProps', () => {
  test('<DescentBowl /> shows the bowl with the three rates of the chapter', () => {
    const props = parseProps(DescentBowlProps, { __source: SOURCE }, 'DescentBowl');
    expect(resolveSettings(props)).toEqual({
      surface: 'bowl',
      learningRates: [0.02, 0.1, 0.19],
      momentum: 0,
      angle: 0,
      remedy: 'none',
      start: [-4, 2],
      steps: 50,
    });
  });

  test('Rosenbrock brings its own rates, start and steps unless the tag gives them', () => {
    expect(resolveSettings(DescentBowlProps.parse({ surface: 'rosenbrock' }))).toEqual({
      surface: 'rosenbrock',
      learningRates: [0.001, 0.002, 0.003],
      momentum: 0,
      angle: 0,
      remedy: 'none',
      start: [-1.5, 2],
      steps: 2000,
    });
    expect(resolveSettings(DescentBowlProps.parse({ surface: 'rosenbrock', steps: 300 })).steps).toBe(300);
  });

  test('too many rates, a rate out of range, a bad start and a typo are reported together', () => {
    expect(
      problemsOf({ learningRates: [0.1, 0.2, 0.3, 0.4], momentum: 1, start: [1], surfce: 'bowl' }),
    ).toMatchInlineSnapshot(`
      "content/chapters/learning-rate.mdx:244 › DescentBowl › learningRates: expected a list of 1 to 3 numbers from 0.0001 to 1, got [0.1, 0.2, 0.3, 0.4] (a list)
      content/chapters/learning-rate.mdx:244 › DescentBowl › momentum: expected a number from 0 to 0.99, got 1
      content/chapters/learning-rate.mdx:244 › DescentBowl › start: expected a pair of numbers from -5 to 5, got [1] (a list)
      content/chapters/learning-rate.mdx:244 › DescentBowl › surfce: unknown prop
        fix: did you mean surface? allowed props are surface, learningRates, momentum, angle, remedy, start, steps"
    `);
    expect(problemsOf({ learningRates: '0.1, 0.2', surface: 'rosenbrok', steps: 0 })).toMatchInlineSnapshot(`
      "content/chapters/learning-rate.mdx:244 › DescentBowl › surface: expected one of "bowl", "rosenbrock", got "rosenbrok" (a string)
        fix: did you mean "rosenbrock"?
      content/chapters/learning-rate.mdx:244 › DescentBowl › learningRates: expected a list of 1 to 3 numbers from 0.0001 to 1, got "0.1, 0.2" (a string)
        fix: write learningRates={[0.1, 0.2]}; a list goes in braces and brackets
      content/chapters/learning-rate.mdx:244 › DescentBowl › steps: expected an integer from 1 to 5000, got 0"
    `);
  });
});

describe('DescentBowl URL state', () => {
  test('a list of rates comes back from the link; an impossible start falls back with a note', () => {
    // The view reads links on top of the page's settings with the surface's defaults filled in.
    const fromPage = DescentBowlProps.parse({ learningRates: [0.02] });
    const base = DescentBowlProps.parse({ ...fromPage, ...resolveSettings(fromPage) });
    const { state, notes } = decodeUrlState(DescentBowlProps, 'db1', '?db1.learningRates=0.05,0.15&db1.start=9,1', base);
    expect(state.learningRates).toEqual([0.05, 0.15]);
    expect(state.start).toEqual([-4, 2]);
    expect(notes).toMatchInlineSnapshot(`
      [
        {
          "key": "start",
          "message": "the link set start=9,1, but it must be a pair of numbers from -5 to 5; showing -4, 2",
        },
      ]
    `);
  });
});

describe('adaptToSurface', () => {
  const fromPage = DescentBowlProps.parse({});
  const pageState = DescentBowlProps.parse({ ...fromPage, ...resolveSettings(fromPage) });

  test('a link to Rosenbrock that gives no rates gets Rosenbrock\'s defaults, not the bowl\'s', () => {
    const linked = { ...pageState, surface: 'rosenbrock' as const, steps: 500 };
    const adapted = adaptToSurface(linked, pageState, new Set(['surface', 'steps']));
    expect(resolveSettings(adapted)).toEqual({
      surface: 'rosenbrock',
      learningRates: [0.001, 0.002, 0.003],
      momentum: 0,
      angle: 0,
      remedy: 'none',
      start: [-1.5, 2],
      steps: 500,
    });
  });

  test('a link on the page\'s own surface is left alone', () => {
    const linked = { ...pageState, steps: 80 };
    expect(adaptToSurface(linked, pageState, new Set(['steps']))).toBe(linked);
  });
});

describe('DescentBowl definition', () => {
  test('names the tag and the URL prefix once: ids db-1, settings db1.*', () => {
    expect([DescentBowl.name, DescentBowl.prefix, DescentBowl.props]).toEqual(['DescentBowl', 'db', DescentBowlProps]);
  });
});

describe('fillSurfaceDefaults', () => {
  test('writes in the defaults of the surface and keeps what the settings give', () => {
    expect(fillSurfaceDefaults(DescentBowlProps.parse({ surface: 'rosenbrock', steps: 300 }))).toEqual({
      surface: 'rosenbrock',
      learningRates: [0.001, 0.002, 0.003],
      momentum: 0,
      angle: 0,
      remedy: 'none',
      start: [-1.5, 2],
      steps: 300,
    });
  });
});

describe('surfaceSettings', () => {
  const page = fillSurfaceDefaults(DescentBowlProps.parse({ learningRates: [0.05], start: [3, -1], momentum: 0.5 }));

  test('another surface brings its own rates, start and steps, not the page\'s', () => {
    expect(surfaceSettings('rosenbrock', page)).toEqual({
      surface: 'rosenbrock',
      learningRates: [0.001, 0.002, 0.003],
      start: [-1.5, 2],
      steps: 2000,
    });
  });

  test('back on the page\'s surface, the page\'s own rates, start and steps return', () => {
    expect(surfaceSettings('bowl', page)).toEqual({ surface: 'bowl', learningRates: [0.05], start: [3, -1], steps: 50 });
  });
});
