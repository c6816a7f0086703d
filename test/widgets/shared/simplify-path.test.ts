import { describe, expect, test } from 'vitest';
import { simplifyPath } from '../../../components/shared/simplify-path';

describe('simplifyPath', () => {
  test('simplifyPath(d) leaves out points on a straight run, keeping corners and ends', () => {
    expect(simplifyPath('M276,21.63L276,24.89L276,28.16L276,31.42L273.98,157L269.95,157L265.92,157', 0.05)).toBe(
      'M276,21.63L276,31.42L273.98,157L265.92,157',
    );
  });

  test('simplifyPath(d) keeps a point farther than the tolerance from the chord, drops one nearer', () => {
    expect(simplifyPath('M0,0L5,0.06L10,0', 0.05)).toBe('M0,0L5,0.06L10,0');
    expect(simplifyPath('M0,0L5,0.04L10,0', 0.05)).toBe('M0,0L10,0');
  });

  test('simplifyPath(d) keeps a point that turns back along the line (a spike is not on the chord)', () => {
    expect(simplifyPath('M0,0L10,0L5,0', 0.05)).toBe('M0,0L10,0L5,0');
  });

  test('simplifyPath(d) simplifies each subpath and keeps Z', () => {
    expect(simplifyPath('M0,0L1,0L2,0L2,2ZM5,5L6,6L7,7', 0.05)).toBe('M0,0L2,0L2,2ZM5,5L7,7');
  });

  test('simplifyPath(d) never moves a shape farther than the tolerance: every dropped point lies near the result', () => {
    const points = Array.from({ length: 400 }, (_, i) => [i * 0.7, 50 + 40 * Math.sin(i / 30)].map((v) => Math.round(v * 100) / 100));
    const d = `M${points.map((p) => p.join(',')).join('L')}`;
    const result = simplifyPath(d, 0.05);
    const kept = result.slice(1).split('L').map((text) => text.split(',').map(Number));
    expect(kept.length).toBeLessThan(points.length / 3);
    for (const [x, y] of points) {
      const nearest = Math.min(
        ...kept.slice(1).map(([bx, by], i) => {
          const [ax, ay] = kept[i];
          const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
          return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
        }),
      );
      expect(nearest).toBeLessThanOrEqual(0.05 + 1e-9);
    }
  });

  test('simplifyPath(d) leaves arcs, relative commands and curves alone', () => {
    for (const d of ['M0,4.5A4.5,4.5,0,1,1,0,-4.5A4.5,4.5,0,1,1,0,4.5', 'M-4.43,-4.43h8.86v8.86h-8.86Z', 'M0,0C1,1,2,2,3,3']) {
      expect(simplifyPath(d, 0.05)).toBe(d);
    }
  });
});
