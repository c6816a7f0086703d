import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import rehypeKatex from 'rehype-katex';
import { expect, test } from 'vitest';
import { KATEX_DIST } from '../../../src/site/markdown/katex';
import { walk } from '../../../src/site/markdown/walk';
import { mathCode, type HastNode } from './hast';

const mathElement = mathCode;

function classNames(root: HastNode): Set<string> {
  const found = new Set<string>();
  walk(root, (node) => {
    const names = (node as HastNode).properties?.className;
    if (Array.isArray(names)) names.forEach((name) => found.add(String(name)));
  });
  return found;
}

// Semantic classes KaTeX emits for spacing decisions in its JavaScript; no rule needs them.
const UNSTYLED = new Set(['mord', 'mbin', 'mrel', 'mopen', 'mclose', 'mpunct', 'minner', 'mtight', 'vlist-s', 'katex-html', 'base', 'strut', 'mfrac', 'msupsub', 'sqrt', 'mop', 'op-symbol', 'small-op', 'vlist-r', 'pstrut']);

test('the KaTeX stylesheet the site ships styles every class rehype-katex emits', () => {
  const tree: HastNode = {
    type: 'root',
    children: [mathElement('w_1 x_1^2 + \\frac{a}{b} + \\sqrt{y}', false), mathElement('\\sum_{i=1}^{n} \\hat{y}_i', true)],
  };
  rehypeKatex()(tree as never, {} as never);
  const css = readFileSync(join(KATEX_DIST, 'katex.min.css'), 'utf8');
  const used = [...classNames(tree)].filter((name) => !UNSTYLED.has(name));
  const unstyled = used.filter((name) => !new RegExp(`\\.${name.replace(/[-]/g, '\\-')}(?![\\w-])`).test(css));
  expect(used).toContain('sizing');
  expect(unstyled).toEqual([]);
});
