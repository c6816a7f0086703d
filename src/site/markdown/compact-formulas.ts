import { walk, type TreeNode } from './walk';

/** The few fields of a hast node the plugin reads and writes. */
interface HastNode extends TreeNode {
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/**
 * Rehype plugin, after rehype-katex: writes each formula in fewer bytes, drawn and read the same.
 * KaTeX's MathML carries the formula's TeX source a second time, as an annotation that no
 * browser draws and screen readers skip (they read the MathML itself); with it goes the
 * <semantics> element that only pairs the two. Inline styles lose their trailing semicolon.
 * On the learning-rate chapter the annotations alone were 3.7 KB of the page's gzipped HTML.
 */
export function rehypeCompactFormulas() {
  return (tree: TreeNode) => {
    walk(tree, (node) => {
      const hast = node as HastNode;
      const style = hast.properties?.style;
      if (typeof style === 'string' && style.endsWith(';')) hast.properties = { ...hast.properties, style: style.slice(0, -1) };
      if (!hast.children) return;
      hast.children = hast.children.flatMap((child) => {
        if (child.tagName === 'annotation') return [];
        // <semantics> holds the presentation and the annotation; the presentation stays alone.
        if (child.tagName === 'semantics') return (child.children ?? []).filter((part) => part.tagName !== 'annotation');
        return [child];
      });
    });
  };
}
