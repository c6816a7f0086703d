import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { roundNumbers } from '../../../components/shared/finish-figure';
import { colorOf, plottable, toPlotOptions, type PlotSpec } from '../../../components/shared/plot-spec';
import { relativePath, simplifyPath } from '../../../components/shared/simplify-path';
import { renderStaticSvg } from '../../../components/shared/render-static';

const spec: PlotSpec = {
  width: 200,
  height: 100,
  x: { label: 'x', domain: [0, 1] },
  y: { label: 'y', domain: [0, 1] },
  marks: [
    { type: 'polygon', points: [[0, 0], [1, 0], [0, 1]], color: 'positive', opacity: 0.2 },
    { type: 'line', points: [[0, 0], [1, 1]], color: 'accent', isDashed: true },
    { type: 'dots', points: [[0.5, 0.5]], symbol: 'times', isFilled: false, color: 'negative' },
    { type: 'text', at: [0.5, 0.9], text: 'z = 0.5' },
  ],
  ariaLabel: 'A test figure',
};

test('toPlotOptions copies sizes, domains and labels and makes one mark per spec mark', () => {
  const options = toPlotOptions(spec);
  expect(options.width).toBe(200);
  expect(options.x).toMatchObject({ label: 'x', domain: [0, 1], nice: false });
  expect(options.marks).toHaveLength(4);
  expect(colorOf('warn')).toBe('var(--nn-plot-warn)');
});

test('renderStaticSvg draws the polygon through the scales and themes every colour with a variable', () => {
  const svg = renderStaticSvg(spec);
  expect(svg.startsWith('<svg')).toBe(true);
  expect(svg).toContain('aria-label="A test figure"');
  // x: 0 → margin-left 44, 1 → 200 - 16; y: 0 → 100 - 36, 1 → 16.
  expect(svg).toContain('d="M44,64L184,64L44,16Z"');
  expect(svg).toContain('fill="var(--nn-plot-positive)"');
  expect(svg).toContain('stroke="var(--nn-plot-accent)"');
  expect(svg).toContain('stroke-dasharray="5,4"');
  expect(svg).toContain('z = 0.5');
  expect(svg).not.toMatch(/#[0-9a-f]{6}/i);
});

test('plottable leaves out NaN, infinite and absurd coordinates, so a diverged run never reaches Plot', () => {
  expect(plottable([[0, 1], [1, Number.NaN], [2, Infinity], [3, 1e65], [-1e65, 0], [4, -2]])).toEqual([[0, 1], [4, -2]]);
});

test('a line spec with a blown-up tail renders without NaN in its path', () => {
  const svg = renderStaticSvg({ x: { domain: [0, 3] }, y: { domain: [0, 2] }, marks: [{ type: 'line', points: [[0, 1], [1, 1.5], [2, 1e65], [3, Number.NaN]] }] });
  expect(svg).not.toMatch(/NaN|Infinity|e\+/);
});

test('a contour mark reads its grid as given (interpolate: null): the very lines of Plot\'s default interpolation', () => {
  // A tilted bowl sampled at the cell centres of a 30 × 20 grid, as the engine's loss grids are.
  const [width, height, thresholds] = [30, 20, [0.5, 1, 2, 4, 8]];
  const values = Array.from({ length: width * height }, (_, i) => {
    const x = (((i % width) + 0.5) / width) * 4 - 2;
    const y = ((Math.floor(i / width) + 0.5) / height) * 3 - 1;
    return x * x + 3 * y * y + x * y;
  });
  const contour: PlotSpec = {
    width: 240,
    height: 180,
    x: { domain: [-2, 2] },
    y: { domain: [-1, 2] },
    marks: [{ type: 'contour', grid: { width, height, x: [-2, 2], y: [-1, 2], values }, thresholds }],
  };
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const nearest = Plot.plot({
    ...toPlotOptions(contour),
    marks: [Plot.contour(values, { width, height, x1: -2, x2: 2, y1: -1, y2: 2, thresholds, interpolate: 'nearest' })],
    document: document as unknown as Document,
  });
  const paths = (svg: string) => [...svg.matchAll(/<path d="(M[^"]*Z)"/g)].map((match) => match[1]);
  const drawn = paths(renderStaticSvg(contour));
  expect(drawn).toHaveLength(thresholds.length);
  // The figure's points are rounded to 1 decimal, then lose the points its shape does not need and are written as steps (simplify-path.ts).
  expect(drawn).toEqual(paths(nearest.outerHTML).map((d) => relativePath(simplifyPath(roundNumbers(d, 1)))));
});

test('an ellipses mark is drawn in data units through both scales, turned counter-clockwise, its stroke in pixels and clipped to the frame', () => {
  // x: 0..4 over 44..184 (35 px a unit); y: 0..2 over 64..16 (24 px a unit, upwards).
  const svg = renderStaticSvg({
    width: 200, height: 100, x: { domain: [0, 4] }, y: { domain: [0, 2] },
    marks: [{ type: 'ellipses', center: [2, 1], angle: 90, radii: [[1, 0.25], [2, 0.5]], opacity: 0.45 }],
  });
  const transform = /<g transform="matrix\(([^)]*)\) translate\(([^)]*)\) rotate\(([^)]*)\)">/.exec(svg);
  expect(transform?.slice(1)).toEqual(['35 0 0 -24 44 64', '2 1', '90']);
  // The end of the first ellipse's long axis, (2, 1) + 1 unit turned 90°: (2, 2), drawn at (114, 16).
  const [a, b, c, d, e, f] = transform![1].split(' ').map(Number);
  const [px, py] = [2 + Math.cos(Math.PI / 2), 1 + Math.sin(Math.PI / 2)];
  expect([a * px + c * py + e, b * px + d * py + f].map((v) => Math.round(v * 1e9) / 1e9)).toEqual([114, 16]);
  expect(svg.match(/<ellipse [^>]*>/g)).toEqual([
    '<ellipse vector-effect="non-scaling-stroke" ry="0.25" rx="1" />',
    '<ellipse vector-effect="non-scaling-stroke" ry="0.5" rx="2" />',
  ]);
  expect(svg).toContain('stroke="var(--nn-plot-muted)"');
  expect(svg).toContain('stroke-opacity="0.45"');
  const clip = /<clipPath id="([^"]+)"><rect height="48" width="140" y="16" x="44" \/><\/clipPath><g clip-path="url\(#([^)]+)\)">/.exec(svg);
  expect(clip?.[1]).toBe(clip?.[2]);
});
