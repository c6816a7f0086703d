import { katex } from './katex';
import { projectRelative, walk, type TreeNode } from './walk';

interface MathNode extends TreeNode {
  value: string;
}

function isMath(node: TreeNode): node is MathNode {
  return node.type === 'math' || node.type === 'inlineMath';
}

/**
 * KaTeX's explanation without its "KaTeX parse error:" prefix and without the excerpt it
 * appends after the position, which it underlines with combining characters.
 */
export function describeKatexError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const firstLine = text.replace(/^KaTeX parse error:\s*/, '').split('\n')[0];
  return firstLine.replace(/( at (?:position \d+|end of input)):.*$/, '$1');
}

/**
 * Remark plugin: renders every `$…$` and `$$…$$` with rehype-katex's own KaTeX, throwing
 * on errors, before rehype-katex does, and fails the build listing each broken formula with its file and
 * line. rehype-katex alone would ship a red error span instead.
 */
export function remarkMathCheck(options: { root: string }) {
  return (tree: TreeNode, file: { path?: string }) => {
    const source = projectRelative(options.root, file.path);
    const problems: string[] = [];
    walk(tree, (node) => {
      if (!isMath(node)) return;
      const displayMode = node.type === 'math';
      try {
        katex.renderToString(node.value, { displayMode, throwOnError: true });
      } catch (error) {
        const line = node.position?.start.line ?? 0;
        const written = displayMode ? `$$${node.value}$$` : `$${node.value}$`;
        problems.push(`${source}:${line} › formula ${written}: ${describeKatexError(error)}`);
      }
    });
    if (problems.length > 0) throw new Error(`broken formula:\n${problems.join('\n')}`);
  };
}
