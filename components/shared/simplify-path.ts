/**
 * Shortens the polylines Plot draws (`M x,y L x,y … Z`, absolute coordinates: lines, areas,
 * contour bands) by leaving out points that the drawn shape does not need: Douglas–Peucker,
 * which keeps a point only if it lies farther than `tolerance` from the chord between the
 * points kept on either side. A contour band runs along the frame in dozens of collinear
 * points, and a smooth curve sampled every pixel is straight to a twentieth of a pixel over
 * long stretches; those points make up most of a chapter's figure bytes.
 *
 * Any other path (arcs, relative commands, curves) is returned as it is.
 *
 *   simplifyPath('M0,0L1,0L2,0L2,5', 0.05)   // 'M0,0L2,0L2,5'
 */

/** A twentieth of a user unit: at most 0.075 px on screen at the 1.5× a build-time figure may be scaled. */
export const PATH_TOLERANCE = 0.05;

const POLYLINES = /^(?:M-?[\d.]+(?:e-?\d+)?,-?[\d.]+(?:e-?\d+)?(?:L-?[\d.]+(?:e-?\d+)?,-?[\d.]+(?:e-?\d+)?)*Z?)+$/;

type Point = readonly [number, number];

/** Distance from `p` to the segment from `a` to `b`. */
function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / lengthSquared));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Which points of `points` Douglas–Peucker keeps; the ends always. An explicit stack, not recursion. */
function keptPoints(points: readonly Point[], tolerance: number): Point[] {
  const isKept = new Array<boolean>(points.length).fill(false);
  isKept[0] = true;
  isKept[points.length - 1] = true;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop() as [number, number];
    let farthest = -1;
    let farthestDistance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const distance = distanceToSegment(points[i], points[first], points[last]);
      if (distance > farthestDistance) {
        farthest = i;
        farthestDistance = distance;
      }
    }
    if (farthest < 0) continue;
    isKept[farthest] = true;
    stack.push([first, farthest], [farthest, last]);
  }
  return points.filter((_, i) => isKept[i]);
}

/** `d` with the points the shape does not need left out; `d` itself when it is not plain polylines. */
export function simplifyPath(d: string, tolerance: number = PATH_TOLERANCE): string {
  if (!POLYLINES.test(d)) return d;
  return d
    .split('M')
    .slice(1)
    .map((subpath) => {
      const isClosed = subpath.endsWith('Z');
      const texts = (isClosed ? subpath.slice(0, -1) : subpath).split('L');
      const points = texts.map((text) => text.split(',').map(Number) as unknown as Point);
      const kept = new Set(points.length > 2 ? keptPoints(points, tolerance) : points);
      // Write kept points as they were written, so no number changes.
      return `M${texts.filter((_, i) => kept.has(points[i])).join('L')}${isClosed ? 'Z' : ''}`;
    })
    .join('');
}
