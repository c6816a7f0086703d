import rehypeKatex from 'rehype-katex';
import { describe, expect, test } from 'vitest';
import { DISPLAY_FORMULA_LABEL, rehypeFormulaLayout } from '../../../src/site/markdown/formula-layout';
import { mathCode, type HastNode } from './hast';

const math = mathCode;

function el(tagName: string, children: HastNode[]): HastNode {
  return { type: 'element', tagName, properties: {}, children };
}

const text = (value: string): HastNode => ({ type: 'text', value });

/** Renders the formulas with rehype-katex, then lays them out. */
function layOut(...children: HastNode[]): HastNode {
  const tree: HastNode = { type: 'root', children };
  rehypeKatex()(tree as never, {} as never);
  rehypeFormulaLayout()(tree);
  return tree;
}

const classOf = (node: HastNode | undefined) => (node?.properties?.className as string[] | undefined)?.join(' ');

describe('rehypeFormulaLayout', () => {
  test('a display formula sits in a focusable box named Formula', () => {
    const [box] = layOut(math('y = f(z)', true)).children ?? [];
    expect(classOf(box)).toBe('katex-display');
    expect(box.properties).toMatchObject({ tabIndex: 0, role: 'group', ariaLabel: DISPLAY_FORMULA_LABEL });
  });

  test('an inline formula and the punctuation after it share a span that does not wrap; the rest of the text stays outside', () => {
    const [paragraph] = layOut(el('p', [text('the sum '), math('z', false), text(', then the output '), math('y', false), text('.')])).children ?? [];
    const parts = paragraph.children ?? [];
    expect(parts.map((part) => (part.type === 'text' ? part.value : classOf(part)))).toEqual(['the sum ', 'formula-nowrap', ' then the output ', 'formula-nowrap']);
    expect(parts[1].children?.map((part) => (part.type === 'text' ? part.value : classOf(part)))).toEqual(['katex', ',']);
    expect(parts[3].children?.[1]).toEqual(text('.'));
  });

  test('leaves a formula alone when a space or a word follows it', () => {
    const [paragraph] = layOut(el('p', [math('z', false), text(' is the sum')])).children ?? [];
    expect(paragraph.children?.map((part) => (part.type === 'text' ? part.value : classOf(part)))).toEqual(['katex', ' is the sum']);
  });

  test('a table header made only of a formula gets its words as hidden text and hides the rendering', () => {
    const [header, words] = layOut(el('th', [math('x_1', false)]), el('th', [text('XOR')])).children ?? [];
    expect(header.children?.map(classOf)).toEqual(['formula-header', 'visually-hidden']);
    expect(header.children?.[0].properties?.ariaHidden).toBe('true');
    expect(header.children?.[1].children).toEqual([text('x1')]);
    expect(words.children).toEqual([text('XOR')]);
  });
});
