import { walk, type TreeNode } from './walk';

interface ValueNode extends TreeNode {
  value: string;
}

/** A formula that is only a decimal number, such as `0.464`, `-3` or `10`. */
const PLAIN_NUMBER = /^\s*(-?)(\d+(?:\.\d+)?)\s*$/;

/**
 * Remark plugin: an inline formula that is only a number (`$0.464$`) becomes plain text,
 * with a true minus sign (−). KaTeX would write it as about 450 bytes of HTML and MathML
 * for the same glyphs; a chapter quotes hundreds of such numbers. Formulas with anything
 * else in them (`$\eta = 0.1$`, `$10^6$`, `$45°$`) are left to KaTeX.
 */
export function remarkPlainNumbers() {
  return (tree: TreeNode) => {
    walk(tree, (node) => {
      if (node.type !== 'inlineMath') return;
      const match = PLAIN_NUMBER.exec((node as ValueNode).value);
      if (!match) return;
      const number = node as ValueNode & { data?: unknown };
      number.type = 'text';
      number.value = `${match[1] ? '−' : ''}${match[2]}`;
      delete number.data;
    });
  };
}
