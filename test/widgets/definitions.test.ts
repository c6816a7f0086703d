import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { definitions } from '../../components/definitions';

test('every widget tag a chapter may use has its definition listed, and no other', () => {
  // components/index.ts imports .astro files, which Vitest does not load: read its tag list.
  const index = readFileSync('components/index.ts', 'utf8');
  const tags = [...index.matchAll(/^import (\w+) from '\.\/(\w+)\/\1\.astro';$/gm)].map(([, name]) => name).filter((name) => name !== 'Try');
  expect(definitions.map((definition) => definition.name).sort()).toEqual(tags.sort());
});
