import { expect, test } from 'vitest';
import { chapterCopy, isRoughlyLinear, slopes, type ScalingPoint } from '../../bench/build-scaling';

const CHAPTER = ['---', 'title: What is a neuron?', 'description: One unit.', 'order: 1', 'prerequisites: [introduction]', '---', '', 'Text with $x$ and order: 3.', ''].join('\n');

test('chapterCopy(chapter, 7) gives the copy its own title and order and keeps the body', () => {
  expect(chapterCopy(CHAPTER, 7)).toBe(
    ['---', 'title: "Copy 7: What is a neuron?"', 'description: One unit.', 'order: 1007', 'prerequisites: [introduction]', '---', '', 'Text with $x$ and order: 3.', ''].join('\n'),
  );
});

test('chapterCopy(text) refuses a chapter without frontmatter', () => {
  expect(() => chapterCopy('# no frontmatter', 1)).toThrow('the chapter to copy has no frontmatter');
});

const point = (chapters: number, cpuSeconds: number): ScalingPoint => ({ generated: chapters - 3, chapters, seconds: cpuSeconds * 2, cpuSeconds });

test('isRoughlyLinear(points) holds when each interval costs about the same per chapter, and not when it grows', () => {
  const linear = [point(28, 100), point(53, 150), point(103, 252)];
  expect(slopes(linear, 'cpuSeconds')).toEqual([2, 2.04]);
  expect(isRoughlyLinear(linear)).toBe(true);
  expect(isRoughlyLinear([point(28, 100), point(53, 150), point(103, 400)])).toBe(false);
});
