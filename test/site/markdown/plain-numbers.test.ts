import { expect, test } from 'vitest';
import { remarkPlainNumbers } from '../../../src/site/markdown/plain-numbers';

interface Node {
  type: string;
  value?: string;
  data?: unknown;
  children?: Node[];
}

function paragraph(...formulas: string[]): Node {
  const children = formulas.map((value) => ({ type: 'inlineMath', value, data: { hName: 'code' } }));
  const tree: Node = { type: 'root', children: [{ type: 'paragraph', children }] };
  remarkPlainNumbers()(tree);
  return (tree.children as Node[])[0];
}

test('an inline formula that is only a number becomes text, with a true minus sign', () => {
  const [positive, negative, whole] = paragraph('0.464', '-3.7356', ' 10 ').children as Node[];
  expect(positive).toEqual({ type: 'text', value: '0.464' });
  expect(negative).toEqual({ type: 'text', value: '−3.7356' });
  expect(whole).toEqual({ type: 'text', value: '10' });
});

test('formulas with anything besides the number stay formulas', () => {
  const kept = ['\\eta = 0.1', '10^6', '45°', '1{,}000', '-x', '0.5.1', '.5', '2/\\lambda'];
  for (const node of paragraph(...kept).children as Node[]) expect(node.type).toBe('inlineMath');
});

test('display formulas are never touched', () => {
  const tree: Node = { type: 'root', children: [{ type: 'math', value: '2' }] };
  remarkPlainNumbers()(tree);
  expect((tree.children as Node[])[0].type).toBe('math');
});
