import rehypeKatex from 'rehype-katex';
import { expect, test } from 'vitest';
import { rehypeCompactFormulas } from '../../../src/site/markdown/compact-formulas';
import { walk } from '../../../src/site/markdown/walk';
import { mathCode, type HastNode } from './hast';

/** `$tex$` rendered by rehype-katex, then compacted when `isCompact`. */
function rendered(tex: string, isCompact: boolean): HastNode {
  const code = mathCode(tex, false);
  const tree: HastNode = { type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [code] }] };
  rehypeKatex()(tree as never, {} as never);
  if (isCompact) rehypeCompactFormulas()(tree);
  return tree;
}

function find(tree: HastNode, tagName: string): HastNode[] {
  const found: HastNode[] = [];
  walk(tree, (node) => {
    if ((node as HastNode).tagName === tagName) found.push(node as HastNode);
  });
  return found;
}

function styles(tree: HastNode): string[] {
  const found: string[] = [];
  walk(tree, (node) => {
    const style = (node as HastNode).properties?.style;
    if (typeof style === 'string') found.push(style);
  });
  return found;
}

const drawing = (tree: HastNode) => JSON.stringify(find(tree, 'span').find((span) => (span.properties?.className as string[]).includes('katex-html')), (key, value) => (key === 'style' ? value.replace(/;$/, '') : value));

test('rehypeCompactFormulas drops the TeX annotation and its <semantics>, keeping the MathML and the drawing as they were', () => {
  const [full, compact] = [rendered('\\eta < 2/\\lambda', false), rendered('\\eta < 2/\\lambda', true)];
  expect(find(full, 'annotation')[0].children?.[0].value).toBe('\\eta < 2/\\lambda');
  expect([find(compact, 'annotation'), find(compact, 'semantics')]).toEqual([[], []]);
  // The <math> element now holds what <semantics> held first: the presentation MathML.
  expect(find(compact, 'math')[0].children).toEqual([find(full, 'semantics')[0].children?.[0]]);
  expect(find(compact, 'mi').map((mi) => mi.children?.[0].value)).toEqual(['η', '/', 'λ']);
  expect(drawing(compact)).toBe(drawing(full));
});

test('rehypeCompactFormulas writes inline styles without their trailing semicolon', () => {
  const [full, compact] = [styles(rendered('x^2', false)), styles(rendered('x^2', true))];
  expect(full.length).toBeGreaterThan(0);
  expect(full.every((style) => style.endsWith(';'))).toBe(true);
  expect(compact).toEqual(full.map((style) => style.slice(0, -1)));
});
