/**
 * Concentric ellipses in data coordinates as one Plot render function: the contour lines of a
 * quadratic bowl, which are exact ellipses. Each is an <ellipse> of two numbers, where traced
 * contour lines take hundreds of points, and the browser draws it without tracing anything.
 *
 * The ellipses sit in data units inside a group whose transform is the plot's two linear
 * scales (so a unit of x and a unit of y may differ on screen), turned by the spec's angle;
 * `vector-effect` keeps their stroke in pixels. They are clipped to the frame, as a traced
 * contour ends at the sampled region.
 */
import type * as Plot from '@observablehq/plot';

const SVG = 'http://www.w3.org/2000/svg';

export interface EllipsesStyle {
  readonly stroke: string;
  readonly strokeWidth: number;
  readonly opacity?: number;
}

/** Four significant digits: a ten-thousandth of the radius, far below a pixel. */
function short(value: number): string {
  return String(Number(value.toPrecision(4)));
}

/** `radii` as [along the turned x axis, across it], around `center`, turned `angle` degrees counter-clockwise. */
export function ellipsesMark(center: readonly [number, number], angle: number, radii: readonly (readonly [number, number])[], style: EllipsesStyle): Plot.RenderFunction {
  return (_index, scales, _values, dimensions, context) => {
    const make = (name: string, attributes: Record<string, string>): Element => {
      const element = context.document.createElementNS(SVG, name);
      for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
      return element;
    };
    const x = scales.x as (value: number) => number;
    const y = scales.y as (value: number) => number;
    const { width, height, marginTop, marginRight, marginBottom, marginLeft } = dimensions;
    const group = make('g', { fill: 'none', stroke: style.stroke, 'stroke-width': String(style.strokeWidth), 'aria-hidden': 'true' });
    if (style.opacity !== undefined) group.setAttribute('stroke-opacity', String(style.opacity));
    const clip = make('clipPath', { id: 'ellipses-clip' });
    clip.append(make('rect', { x: String(marginLeft), y: String(marginTop), width: String(width - marginLeft - marginRight), height: String(height - marginTop - marginBottom) }));
    // Data → pixels is x ↦ x(0) + (x(1) − x(0))·x, and the same for y (whose scale runs downwards).
    const [kx, ky] = [x(1) - x(0), y(1) - y(0)];
    // The clip goes on a group of its own: on the turned group it would be read in data units.
    const clipped = make('g', { 'clip-path': 'url(#ellipses-clip)' });
    const turned = make('g', {
      transform: `matrix(${kx} 0 0 ${ky} ${x(0)} ${y(0)})${center[0] === 0 && center[1] === 0 ? '' : ` translate(${center[0]} ${center[1]})`}${angle === 0 ? '' : ` rotate(${angle})`}`,
    });
    for (const [along, across] of radii) turned.append(make('ellipse', { rx: short(along), ry: short(across), 'vector-effect': 'non-scaling-stroke' }));
    clipped.append(turned);
    group.append(clip, clipped);
    return group as unknown as SVGElement;
  };
}
