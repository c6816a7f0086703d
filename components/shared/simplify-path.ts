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

/** A tenth of a user unit: at most 0.15 px on screen at the 1.5× a build-time figure may be scaled. */
export const PATH_TOLERANCE = 0.1;

/** Subpaths shorter than this keep absolute points: a tick or a marker gains nothing from deltas. */
const MIN_RELATIVE_POINTS = 8;

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

/**
 * `d` rewritten one subpath at a time: `write` gets each subpath's points as written
 * (`'1.5,-2'`) and returns its new text without the closing `Z`, which is kept.
 * Anything but plain absolute polylines is returned as it is.
 */
function rewritePolylines(d: string, write: (texts: string[]) => string): string {
  if (!POLYLINES.test(d)) return d;
  return d
    .split('M')
    .slice(1)
    .map((subpath) => {
      const isClosed = subpath.endsWith('Z');
      const texts = (isClosed ? subpath.slice(0, -1) : subpath).split('L');
      return `${write(texts)}${isClosed ? 'Z' : ''}`;
    })
    .join('');
}

/** `d` with the points the shape does not need left out; `d` itself when it is not plain polylines. */
export function simplifyPath(d: string, tolerance: number = PATH_TOLERANCE): string {
  return rewritePolylines(d, (texts) => {
    const points = texts.map((text) => text.split(',').map(Number) as unknown as Point);
    const kept = new Set(points.length > 2 ? keptPoints(points, tolerance) : points);
    // Write kept points as they were written, so no number changes.
    return `M${texts.filter((_, i) => kept.has(points[i])).join('L')}`;
  });
}

/** `b − a` for numbers written with at most 2 decimals, exact in decimal (no 0.30000000000000004). */
function delta(a: number, b: number): number {
  return Math.round((b - a) * 100) / 100;
}

/**
 * `d` with each long polyline written as its first point and then relative steps
 * (`M10,20l1.5,-2 1.5,-1.9`): the steps of a smooth line are short numbers that repeat, so
 * they take about a third fewer bytes once gzipped. The points stay exactly where they were:
 * every step is the exact difference of two numbers written with at most 2 decimals.
 * Anything but plain absolute polylines is returned as it is.
 *
 *   relativePath('M0,0L1,1L2,1.5L3,1.5L4,1L5,0L6,-1L7,-2')   // 'M0,0l1,1 1,0.5 1,0 1,-0.5 1,-1 1,-1 1,-1'
 */
export function relativePath(d: string): string {
  return rewritePolylines(d, (texts) => {
    if (texts.length < MIN_RELATIVE_POINTS) return `M${texts.join('L')}`;
    const points = texts.map((text) => text.split(',').map(Number));
    const steps = points.slice(1).map((point, i) => `${delta(points[i][0], point[0])},${delta(points[i][1], point[1])}`);
    return `M${texts[0]}l${steps.join(' ')}`;
  });
}
