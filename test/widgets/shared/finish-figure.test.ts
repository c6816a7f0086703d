import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { roundNumbers } from '../../../components/shared/finish-figure';
import type { PlotSpec } from '../../../components/shared/plot-spec';
import { PHONE_WIDTH, renderStaticSvg } from '../../../components/shared/render-static';

const clipped: PlotSpec = {
  width: 240,
  height: 160,
  x: { label: 'x', domain: [0, 3] },
  y: { label: 'y', domain: [0, 1] },
  marks: [{ type: 'line', points: [[0, 0], [1, 0.3], [3, 7]], isClipped: true }, { type: 'frame' }],
  ariaLabel: 'A clipped line',
  ariaDescription: 'The line leaves the frame at the top.',
};

function parse(svg: string): Element {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  return document.body.firstElementChild as Element;
}

test('renderStaticSvg(spec) is one role="img" with the spec\'s text alternative and no names inside', () => {
  const root = parse(renderStaticSvg(clipped));
  expect(root.tagName.toLowerCase()).toBe('svg');
  expect(root.getAttribute('role')).toBe('img');
  expect(root.getAttribute('aria-label')).toBe('A clipped line');
  expect(root.getAttribute('aria-description')).toBe('The line leaves the frame at the top.');
  expect(root.querySelectorAll('[aria-label], [aria-description], [role]')).toHaveLength(0);
});

test('renderStaticSvg(spec, { idPrefix }) names its clip path after the prefix, and the reference follows', () => {
  const svg = renderStaticSvg(clipped, { idPrefix: 'db-1-panel-plot-2' });
  expect(svg).not.toContain('plot-clip');
  expect(svg.match(/ id="[^"]*"/g)).toEqual([' id="db-1-panel-plot-2-def-1"']);
  expect(svg).toContain('clip-path="url(#db-1-panel-plot-2-def-1)"');
});

test('renderStaticSvg gives the same ids on every call: they do not depend on how many figures came before', () => {
  const first = renderStaticSvg(clipped);
  renderStaticSvg(clipped, { idPrefix: 'other' });
  expect(renderStaticSvg(clipped)).toBe(first);
});

test('roundNumbers(text) keeps 2 decimals, leaves whole numbers and flags alone, and writes no -0', () => {
  expect(roundNumbers('M181.72413793103448,5L-0.001,2.5A4.5,4.5,0,1,1,3e-7,10.005')).toBe('M181.72,5L0,2.5A4.5,4.5,0,1,1,0,10.01');
  expect(roundNumbers('translate(44,136.4615384615)')).toBe('translate(44,136.46)');
});

test('renderStaticSvg writes no coordinate with more than 2 decimals', () => {
  const svg = renderStaticSvg({ ...clipped, width: 217, height: 131 });
  expect(svg).not.toMatch(/(?:d|transform|x|y|x1|x2|y1|y2|cx|cy|points)="[^"]*\d\.\d{3}/);
});

test('renderStaticSvg draws at most PHONE_WIDTH wide, keeping the shape, so 12 px text is 12 px on a phone', () => {
  const root = parse(renderStaticSvg({ ...clipped, width: 480, height: 320 }));
  expect(root.getAttribute('viewBox')).toBe(`0 0 ${PHONE_WIDTH} ${Math.round((320 * PHONE_WIDTH) / 480)}`);
  expect(root.getAttribute('style')).toContain('font-size:12px');
  expect(root.getAttribute('style')).toContain(`max-width:min(100%, ${PHONE_WIDTH * 1.5}px)`);
});

test('a log axis is written with the numbers themselves at the ticks given', () => {
  const svg = renderStaticSvg({
    x: { type: 'log', domain: [0.0005, 20], ticks: [0.001, 0.01, 0.1, 1, 10] },
    marks: [{ type: 'dots', points: [[0.001, 0.5], [10, 0.1]] }],
  });
  const ticks = [...svg.matchAll(/<text[^>]*y="0.71em">([^<]*)<\/text>/g)].map((match) => match[1]);
  expect(ticks).toEqual(['0.001', '0.01', '0.1', '1', '10']);
});

test('a contour mark draws one closed line per threshold the grid crosses', () => {
  // f(x, y) = x on a 4 × 2 grid over [0, 4]: the cell centres hold 0.5, 1.5, 2.5, 3.5.
  const svg = renderStaticSvg({
    marks: [{ type: 'contour', grid: { width: 4, height: 2, x: [0, 4], y: [0, 1], values: [0.5, 1.5, 2.5, 3.5, 0.5, 1.5, 2.5, 3.5] }, thresholds: [1, 3, 9] }],
  });
  expect(svg.match(/<path d="M[^"]*Z"/g)).toHaveLength(2);
});

test('a series mark with a legend: one line per name, swatches hidden, the plot itself the image', () => {
  const root = parse(renderStaticSvg({
    color: { scheme: 'cool', domain: ['0.1', '1'], hasLegend: true },
    marks: [{ type: 'series', series: [{ name: '0.1', points: [[0, 1], [1, 0.5]] }, { name: '1', points: [[0, 1], [1, 0.1]] }] }],
    ariaLabel: 'Two curves',
  }));
  expect(root.tagName.toLowerCase()).toBe('figure');
  expect(root.textContent).toContain('0.1');
  const svgs = Array.from(root.querySelectorAll('svg'));
  expect(svgs.filter((svg) => svg.getAttribute('role') === 'img').map((svg) => svg.getAttribute('aria-label'))).toEqual(['Two curves']);
  expect(svgs.filter((svg) => svg.getAttribute('aria-hidden') === 'true')).toHaveLength(2);
  expect(root.querySelectorAll('svg[role="img"] path[stroke^="rgb"], svg[role="img"] g[stroke] path')).not.toHaveLength(0);
});
