import { describe, expect, test } from 'vitest';
import {
  listDuplicateOrders,
  listFrontmatterProblems,
  listUnknownPrerequisites,
  type ChapterRecord,
} from '../../../src/site/content/checks';

const valid = {
  title: 'The neuron',
  description: 'One unit.',
  order: 1,
  objectives: ['Compute a weighted sum'],
};

function chapter(slug: string, order: number, prerequisites: string[] = [], draft = false): ChapterRecord {
  return { slug, file: `content/chapters/${slug}.mdx`, data: { order, prerequisites, draft } };
}

describe('listFrontmatterProblems', () => {
  test('accepts complete frontmatter', () => {
    expect(listFrontmatterProblems('content/chapters/neuron.mdx', valid)).toEqual([]);
  });

  test('names file, field, expected and got for each problem at once', () => {
    const problems = listFrontmatterProblems('content/chapters/neuron.mdx', {
      ...valid,
      order: '1',
      objectives: ['Compute a sum', ''],
      draft: 'no',
      titel: 'Typo',
    });
    expect(problems).toMatchInlineSnapshot(`
      [
        "content/chapters/neuron.mdx › order: expected a number, got "1" (a string)",
        "content/chapters/neuron.mdx › objectives[1]: expected non-empty text, got "" (a string)",
        "content/chapters/neuron.mdx › draft: expected true or false, got "no" (a string)",
        "content/chapters/neuron.mdx › titel: expected a known field name (title, description, order, objectives, prerequisites, draft), got "Typo" (a string)
        fix: did you mean title?",
      ]
    `);
  });

  test('reports missing fields, fractions and badly written slugs', () => {
    const problems = listFrontmatterProblems('content/chapters/neuron.mdx', {
      title: 'The neuron',
      order: 1.5,
      objectives: [],
      prerequisites: ['Learning Rate'],
    });
    expect(problems).toMatchInlineSnapshot(`
      [
        "content/chapters/neuron.mdx › description: expected text, got nothing (the field is missing)",
        "content/chapters/neuron.mdx › order: expected a whole number, got 1.5",
        "content/chapters/neuron.mdx › objectives: expected a list with at least 1 item, got [] (a list)",
        "content/chapters/neuron.mdx › prerequisites[0]: expected a chapter slug (lower-case words joined by hyphens, like learning-rate), got "Learning Rate" (a string)",
      ]
    `);
  });
});

describe('listDuplicateOrders', () => {
  test('names the second file and the one it collides with', () => {
    const problems = listDuplicateOrders([chapter('neuron', 1), chapter('introduction', 0), chapter('loss', 1)]);
    expect(problems).toEqual([
      'content/chapters/neuron.mdx › order: expected a unique whole number, got 1 (also used by content/chapters/loss.mdx)',
    ]);
  });

  test('accepts distinct orders', () => {
    expect(listDuplicateOrders([chapter('introduction', 0), chapter('neuron', 1)])).toEqual([]);
  });
});

describe('listUnknownPrerequisites', () => {
  test('names the unknown slug, its position and the known ones, with the likely meant slug', () => {
    const problems = listUnknownPrerequisites([
      chapter('introduction', 0),
      chapter('neuron', 1, ['introduction', 'xyz', 'neuron']),
      chapter('loss', 2, ['nuron']),
    ]);
    expect(problems).toEqual([
      'content/chapters/neuron.mdx › prerequisites[1]: expected the slug of a chapter (introduction, loss, neuron), got "xyz"',
      'content/chapters/neuron.mdx › prerequisites[2]: expected another chapter\'s slug, got "neuron" (the chapter itself)',
      'content/chapters/loss.mdx › prerequisites[0]: expected the slug of a chapter (introduction, loss, neuron), got "nuron"\n  fix: did you mean neuron?',
    ]);
  });

  test('a published chapter may not require a draft; a draft may', () => {
    const problems = listUnknownPrerequisites([
      chapter('neuron', 1, [], true),
      chapter('loss', 2, ['neuron']),
      chapter('chain-rule', 3, ['neuron'], true),
    ]);
    expect(problems).toEqual([
      'content/chapters/loss.mdx › prerequisites[0]: expected a published chapter, got "neuron" (a draft, which the built site leaves out)',
    ]);
  });
});
