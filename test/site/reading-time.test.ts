import { expect, test } from 'vitest';
import { readingMinutes, WORDS_PER_MINUTE } from '../../src/site/reading-time';

const words = (count: number) => Array.from({ length: count }, () => 'word').join(' ');

test('readingMinutes counts prose words at the reading rate', () => {
  expect(readingMinutes(words(WORDS_PER_MINUTE * 3))).toBe(3);
  expect(readingMinutes(words(WORDS_PER_MINUTE * 3 + 120))).toBe(4);
});

test('readingMinutes is at least one minute', () => {
  expect(readingMinutes('')).toBe(1);
});

test('readingMinutes adds a minute per widget and skips markup, math and code', () => {
  const body = [
    words(WORDS_PER_MINUTE * 2),
    '<NeuronExplorer inputs={[1, 2]} />',
    '$$\\sum_{i=1}^{n} w_i x_i + b \\quad \\text{long formula with many tokens}$$',
    '```ts\nconst many = code.words.that.are.not.read.as.prose;\n```',
    '<LearningRate rate={0.1}>',
  ].join('\n\n');
  expect(readingMinutes(body)).toBe(4);
});
