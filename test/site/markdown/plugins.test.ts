import { describe, expect, test } from 'vitest';
import { remarkSourceStamp } from '../../../src/site/markdown/source-stamp';
import { describeKatexError, remarkMathCheck } from '../../../src/site/markdown/math-check';
import { remarkBaseLinks } from '../../../src/site/markdown/base-links';
import type { TreeNode } from '../../../src/site/markdown/walk';

const root = '/project';
const file = { path: '/project/content/chapters/neuron.mdx' };

function at(line: number) {
  return { start: { line, column: 1 } };
}

function jsx(name: string | null, line: number, attributes: { type: string; name: string; value: unknown }[] = []) {
  return { type: 'mdxJsxFlowElement', name, attributes, position: at(line), children: [] as TreeNode[] };
}

describe('remarkSourceStamp', () => {
  test('stamps upper-case tags with file and line, nested ones too, and leaves HTML alone', () => {
    const widget = jsx('NeuronExplorer', 48);
    const inner = jsx('Figure', 52);
    const html = jsx('div', 50, []);
    html.children.push(inner);
    const fragment = jsx(null, 60);
    const tree = { type: 'root', children: [widget, html, fragment] };
    remarkSourceStamp({ root })(tree, file);
    expect(widget.attributes).toEqual([{ type: 'mdxJsxAttribute', name: '__source', value: 'content/chapters/neuron.mdx:48' }]);
    expect(inner.attributes).toEqual([{ type: 'mdxJsxAttribute', name: '__source', value: 'content/chapters/neuron.mdx:52' }]);
    expect(html.attributes).toEqual([]);
    expect(fragment.attributes).toEqual([]);
  });

  test('keeps a stamp that is already there', () => {
    const widget = jsx('LearningRate', 3, [{ type: 'mdxJsxAttribute', name: '__source', value: 'elsewhere.mdx:1' }]);
    remarkSourceStamp({ root })({ type: 'root', children: [widget] }, file);
    expect(widget.attributes).toHaveLength(1);
    expect(widget.attributes[0].value).toBe('elsewhere.mdx:1');
  });
});

describe('remarkMathCheck', () => {
  test('passes well-formed inline and display math', () => {
    const tree = {
      type: 'root',
      children: [
        { type: 'inlineMath', value: 'z = w x + b', position: at(3) },
        { type: 'math', value: '\\sigma(z) = \\frac{1}{1 + e^{-z}}', position: at(5) },
      ],
    };
    expect(() => remarkMathCheck({ root })(tree, file)).not.toThrow();
  });

  test('lists every broken formula with file, line and the formula as written', () => {
    const tree = {
      type: 'root',
      children: [
        { type: 'paragraph', children: [{ type: 'inlineMath', value: '\\frac{1}{2', position: at(12) }] },
        { type: 'math', value: '\\nosuchmacro{x}', position: at(20) },
      ],
    };
    expect(() => remarkMathCheck({ root })(tree, file)).toThrowErrorMatchingInlineSnapshot(`
      [Error: broken formula:
      content/chapters/neuron.mdx:12 › formula $\\frac{1}{2$: Unexpected end of input in a macro argument, expected '}' at end of input
      content/chapters/neuron.mdx:20 › formula $$\\nosuchmacro{x}$$: Undefined control sequence: \\nosuchmacro at position 1]
    `);
  });

  test('describeKatexError drops the underlined excerpt', () => {
    const error = new Error('KaTeX parse error: Undefined control sequence: \\foo at position 3: a+\\̲f̲o̲o̲');
    expect(describeKatexError(error)).toBe('Undefined control sequence: \\foo at position 3');
  });
});

describe('remarkBaseLinks', () => {
  function link(url: string) {
    return { type: 'link', url, children: [] };
  }

  test('prefixes root-relative links with the base and leaves the rest', () => {
    const links = [link('/neuron/'), link('/neuron/#bias'), link('#local'), link('https://example.org/'), link('//cdn.example/x'), link('loss/')];
    remarkBaseLinks({ base: '/course/' })({ type: 'root', children: links });
    expect(links.map((l) => l.url)).toEqual(['/course/neuron/', '/course/neuron/#bias', '#local', 'https://example.org/', '//cdn.example/x', 'loss/']);
  });

  test('changes nothing at the root base', () => {
    const links = [link('/neuron/')];
    remarkBaseLinks({ base: '/' })({ type: 'root', children: links });
    expect(links[0].url).toBe('/neuron/');
  });
});
