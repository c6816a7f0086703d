import { describe, expect, test } from 'vitest';
import { relativePath, simplifyPath } from '../../../components/shared/simplify-path';

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

describe('relativePath', () => {
  test('writes a long polyline as its first point and exact steps, and leaves short ones and other paths alone', () => {
    expect(relativePath('M0.1,0.2L0.4,0.3L1,1L2,1.5L3,1.5L4,1L5,0L6,-1Z')).toBe('M0.1,0.2l0.3,0.1 0.6,0.7 1,0.5 1,0 1,-0.5 1,-1 1,-1Z');
    expect(relativePath('M0,0L-6,0')).toBe('M0,0L-6,0');
    expect(relativePath('M0,0A4.5,4.5,0,1,1,0,9')).toBe('M0,0A4.5,4.5,0,1,1,0,9');
  });

  test('the steps add up to the same points, each subpath from its own start', () => {
    const points = Array.from({ length: 40 }, (_, i) => [Math.round(Math.cos(i) * 1000) / 10, Math.round(Math.sin(i * 1.3) * 1000) / 10]);
    const d = `M${points.slice(0, 20).join('L')}M${points.slice(20).join('L')}`;
    const walked = relativePath(d).split('M').slice(1).flatMap((subpath) => {
      const [start, steps] = subpath.split('l');
      const at = start.split(',').map(Number);
      return [[...at], ...steps.split(' ').map((step) => step.split(',').map(Number)).map(([dx, dy]) => [(at[0] = Math.round((at[0] + dx) * 100) / 100), (at[1] = Math.round((at[1] + dy) * 100) / 100)])];
    });
    expect(walked).toEqual(points);
  });
});
