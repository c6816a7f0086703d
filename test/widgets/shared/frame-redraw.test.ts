import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { FrameRedraw } from '../../../components/shared/frame-redraw';

// A page's frames by hand: each call of `nextFrame` runs the frame callbacks asked for so far, at `now` ms.
let frames: (() => void)[] = [];
let now = 0;
function nextFrame(at: number): void {
  now = at;
  const due = frames;
  frames = [];
  for (const callback of due) callback();
}

beforeEach(() => {
  frames = [];
  now = 0;
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
  vi.spyOn(performance, 'now').mockImplementation(() => now);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function redrawOf(isTraining: () => boolean) {
  const drawn: string[] = [];
  const redraw = new FrameRedraw<'plot' | 'table'>({
    intervals: { plot: 250, table: 100 },
    draw: (part) => drawn.push(`${part}@${now}`),
    isTraining,
    onFrame: () => drawn.push(`status@${now}`),
  });
  return { redraw, drawn };
}

test('while training: one part a frame, taking turns, each at most every its interval; the status every frame', () => {
  const { redraw, drawn } = redrawOf(() => true);
  redraw.request('plot', 'table');
  nextFrame(0);
  nextFrame(16);
  expect(drawn).toEqual(['plot@0', 'status@0', 'table@16', 'status@16']);
  redraw.request('plot', 'table');
  nextFrame(32); // neither is due: the table was drawn 16 ms ago, the plot 32 ms ago
  nextFrame(120); // the table is due again (100 ms), the plot not yet (250 ms)
  nextFrame(260);
  expect(drawn.slice(4)).toEqual(['status@32', 'table@120', 'status@120', 'plot@260', 'status@260']);
  expect(frames).toHaveLength(0);
});

test('a request with no part only shows progress; once training ends, asked parts are drawn without waiting', () => {
  let isTraining = true;
  const { redraw, drawn } = redrawOf(() => isTraining);
  redraw.request('plot');
  nextFrame(0);
  redraw.request();
  nextFrame(16);
  redraw.request('plot');
  isTraining = false;
  nextFrame(20);
  expect(drawn).toEqual(['plot@0', 'status@0', 'status@16', 'plot@20', 'status@20']);
});

test('flush draws what it names and everything still asked for, at once', () => {
  const { redraw, drawn } = redrawOf(() => true);
  redraw.request('table');
  redraw.flush('plot');
  expect(drawn.sort()).toEqual(['plot@0', 'table@0']);
  nextFrame(16);
  expect(drawn).toContain('status@16');
  expect(drawn.filter((entry) => entry.startsWith('table'))).toHaveLength(1);
});
