/** The few fields of a hast (HTML syntax tree) node the markdown tests build and read. */
export interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
  value?: string;
}

/** `$tex$` (or `$$tex$$` when `display`) as remark-math hands it to rehype-katex: a code element. */
export function mathCode(tex: string, display: boolean): HastNode {
  const className = ['language-math', display ? 'math-display' : 'math-inline'];
  return { type: 'element', tagName: 'code', properties: { className }, children: [{ type: 'text', value: tex }] };
}
