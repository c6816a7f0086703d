import { describe, expect, test, vi } from 'vitest';
import { createUrlWriter, decodeUrlState, encodeUrlState, settingsInQuery, shorten } from '../../../components/shared/url-state';
import { SampleProps } from './sample-schema';

const base = SampleProps.parse({});

describe('decodeUrlState', () => {
  test('decodeUrlState reads only its own namespace and converts each kind of value', () => {
    const search = '?s1.inputs=4&s2.inputs=5&s1.activation=tanh&s1.weights=0.5,-1,2,0&s1.derivatives=false&s1.start=-1,2.5';
    expect(decodeUrlState(SampleProps, 's1', search, base)).toEqual({
      state: { ...base, inputs: 4, activation: 'tanh', weights: [0.5, -1, 2, 0], derivatives: false, start: [-1, 2.5] },
      notes: [],
    });
  });

  test('decodeUrlState keeps the page value and writes a note for each tampered setting', () => {
    const { state, notes } = decodeUrlState(SampleProps, 's1', '?s1.inputs=99&s1.learningRate=abc&s1.colour=red', base);
    expect(state).toEqual(base);
    expect(notes).toMatchInlineSnapshot(`
      [
        {
          "key": "inputs",
          "message": "the link set inputs=99, but it must be an integer from 2 to 5; showing 3",
        },
        {
          "key": "learningRate",
          "message": "the link set learningRate=abc, but it must be a number from 0.0001 to 10; showing 0.1",
        },
        {
          "key": "colour",
          "message": "the link's setting "colour" is not one of this figure's settings; it is ignored",
        },
      ]
    `);
  });

  test('decodeUrlState names no value for a tampered optional setting that has no default', () => {
    const { state, notes } = decodeUrlState(SampleProps, 's1', '?s1.weights=abc', base);
    expect(state.weights).toBeUndefined();
    expect(notes.map((note) => note.message)).toEqual([
      expect.stringMatching(/^the link set weights=abc, but it must be .*; showing the figure's own choice$/),
    ]);
  });

  test('decodeUrlState drops a setting that breaks a cross-field rule', () => {
    const { state, notes } = decodeUrlState(SampleProps, 's1', '?s1.inputs=2&s1.weights=1,2,3', base);
    expect(state.inputs).toBe(2);
    expect(state.weights).toBeUndefined();
    expect(notes).toMatchInlineSnapshot(`
      [
        {
          "key": "weights",
          "message": "the link's setting "weights" does not fit the others: expected 2 weights (one per input), got 3; showing the page's weights",
        },
      ]
    `);
  });

  test('decodeUrlState reads numbers in decimal notation only: hex, binary, octal, Infinity and padded texts get the usual note', () => {
    for (const text of ['0x10', '0b11', '0o7', 'Infinity', '-Infinity', ' 5', '5 ', '1_000', '1,5', '0x1p3']) {
      const { state, notes } = decodeUrlState(SampleProps, 's1', `?s1.learningRate=${encodeURIComponent(text)}`, base);
      expect(state.learningRate, text).toBe(0.1);
      expect(notes.map((note) => note.message), text).toEqual([
        `the link set learningRate=${text}, but it must be a number from 0.0001 to 10; showing 0.1`,
      ]);
    }
    // Lists too: one hex item rejects the list.
    expect(decodeUrlState(SampleProps, 's1', '?s1.start=0x1,1', base).state.start).toEqual([1, 1]);
    for (const [text, value] of [['2', 2], ['-0.5', -0.5], ['.5', 0.5], ['2.', 2], ['+3', 3], ['1e-3', 0.001], ['2.5E0', 2.5]] as const) {
      expect(decodeUrlState(SampleProps, 's1', `?s1.start=${encodeURIComponent(text)},0`, base).state.start, text).toEqual([value, 0]);
    }
  });

  test('decodeUrlState reads the first of a repeated setting and says so, whichever of them is valid', () => {
    const validFirst = decodeUrlState(SampleProps, 's1', '?s1.learningRate=0.5&s1.learningRate=abc', base);
    expect(validFirst.state.learningRate).toBe(0.5);
    expect(validFirst.notes.map((note) => note.message)).toEqual([
      'the link sets learningRate more than once; only the first, learningRate=0.5, is read',
    ]);
    const invalidFirst = decodeUrlState(SampleProps, 's1', '?s1.learningRate=abc&s1.learningRate=0.5', base);
    expect(invalidFirst.state.learningRate).toBe(0.1);
    expect(invalidFirst.notes.map((note) => note.message)).toEqual([
      'the link set learningRate=abc, but it must be a number from 0.0001 to 10; showing 0.1',
      'the link sets learningRate more than once; only the first, learningRate=abc, is read',
    ]);
  });

  test('decodeUrlState leaves to the figure a page list that a new count from the link no longer fits', () => {
    // The page gives three weights; the link asks for two inputs: the figure derives the weights, as when the count is typed.
    const page = SampleProps.parse({ inputs: 3, weights: [1, 2, 3] });
    const { state, notes } = decodeUrlState(SampleProps, 's1', '?s1.inputs=2', page);
    expect(state).toEqual({ ...page, inputs: 2, weights: undefined });
    expect(notes).toEqual([]);
  });

  test('decodeUrlState never throws on malformed queries', () => {
    for (const search of ['?s1.inputs=', '?s1.weights=', '?s1.start=1', '?%E0%A4%A=1', '?s1.=3', '?s1.inputs=1e999']) {
      expect(() => decodeUrlState(SampleProps, 's1', search, base)).not.toThrow();
      expect(SampleProps.safeParse(decodeUrlState(SampleProps, 's1', search, base).state).success).toBe(true);
    }
  });
});

describe('encodeUrlState', () => {
  test('encodeUrlState replaces its namespace, keeps the others and leaves commas readable', () => {
    const search = encodeUrlState('s1', { inputs: 2, weights: [0.5, -1], activation: 'step' }, '?s2.inputs=5&s1.inputs=4');
    expect(search).toBe('?s2.inputs=5&s1.inputs=2&s1.weights=0.5,-1&s1.activation=step');
  });

  test('encodeUrlState then decodeUrlState gives the state back', () => {
    const state = { ...base, inputs: 2, weights: [3, -0.25], start: [0, -3] as [number, number], derivatives: false };
    const search = encodeUrlState('s1', state, '');
    expect(decodeUrlState(SampleProps, 's1', search, base)).toEqual({ state, notes: [] });
  });
});

describe('createUrlWriter', () => {
  /** A window whose history records each URL written and moves `location.search` to it. */
  function stubWindow(location: { search: string }, urls: string[], searchOf: (url: string) => string): void {
    vi.stubGlobal('window', {
      location,
      history: {
        state: null,
        replaceState: (_state: unknown, _title: string, url: string) => {
          urls.push(url);
          location.search = searchOf(url);
        },
      },
    });
  }

  test('createUrlWriter writes only the last of a burst of changes, once they pause', () => {
    vi.useFakeTimers();
    const urls: string[] = [];
    const location = { pathname: '/neuron/', search: '?nb1.w1=1', hash: '#a-neuron-draws-a-line' };
    stubWindow(location, urls, (url) => url.slice(url.indexOf('?'), url.indexOf('#')));
    try {
      const save = createUrlWriter('nb1', 250);
      for (let i = 1; i <= 50; i++) save({ w1: i / 10 });
      vi.advanceTimersByTime(249);
      expect(urls).toEqual([]);
      vi.advanceTimersByTime(1);
      expect(urls).toEqual(['/neuron/?nb1.w1=5#a-neuron-draws-a-line']);
    } finally {
      vi.unstubAllGlobals();
      vi.useRealTimers();
    }
  });

  test('createUrlWriter cannot be put off by changes coming faster than its delay (Play\'s 220 ms ticks)', () => {
    vi.useFakeTimers();
    const urls: string[] = [];
    const location = { pathname: '/neuron/', search: '', hash: '' };
    stubWindow(location, urls, (url) => url.slice(url.indexOf('?')));
    try {
      const save = createUrlWriter('pl3', 250);
      for (let tick = 1; tick <= 5; tick++) {
        save({ steps: 4 * tick });
        vi.advanceTimersByTime(220);
      }
      // Ticks at 0, 220, 440, 660, 880 ms: writes at 250 (steps 8), 690 (16) and, after the last tick, 1130 (20).
      expect(urls).toEqual(['/neuron/?pl3.steps=8', '/neuron/?pl3.steps=16']);
      vi.advanceTimersByTime(250);
      expect(urls.at(-1)).toBe('/neuron/?pl3.steps=20');
    } finally {
      vi.unstubAllGlobals();
      vi.useRealTimers();
    }
  });
});

test('settingsInQuery lists the names of one namespace\'s settings, valid or not, and nothing of the others', () => {
  expect(settingsInQuery('db1', '?db1.steps=80&db2.steps=5&db1.colour=red&db10.x=1&other=1')).toEqual(['steps', 'colour']);
  expect(settingsInQuery('db1', '')).toEqual([]);
});

describe('decodeUrlState with hostile keys and values', () => {
  test('decodeUrlState treats keys named like Object properties as unknown settings, never as schemas', () => {
    const search = '?s1.constructor=1&s1.__proto__=x&s1.toString=2&s1.hasOwnProperty=3&s1.inputs=4';
    const { state, notes } = decodeUrlState(SampleProps, 's1', search, base);
    expect(state).toEqual({ ...base, inputs: 4 });
    expect(notes.map((note) => note.key)).toEqual(['constructor', '__proto__', 'toString', 'hasOwnProperty']);
    expect(notes[0].message).toBe(`the link's setting "constructor" is not one of this figure's settings; it is ignored`);
  });

  test('decodeUrlState shortens a long value in its note to 40 characters', () => {
    const long = '9'.repeat(1500);
    const { notes } = decodeUrlState(SampleProps, 's1', `?s1.inputs=${long}&s1.${'k'.repeat(300)}=1`, base);
    expect(notes[0].message).toBe(`the link set inputs=${'9'.repeat(39)}…, but it must be an integer from 2 to 5; showing 3`);
    expect(notes[1].message.length).toBeLessThan(120);
  });

  test('shorten keeps short texts and cuts long ones with an ellipsis', () => {
    expect(shorten('abc', 5)).toBe('abc');
    expect(shorten('abcdef', 5)).toBe('abcd…');
  });
});
