import { walk, type TreeNode } from './walk';
import { withBase } from '../url';

interface LinkNode extends TreeNode {
  url: string;
}

/**
 * Remark plugin: prefixes the site's base path to root-relative links written in
 * chapters, so `[the neuron](/neuron/)` still works when the site lives under `/course/`.
 */
export function remarkBaseLinks(options: { base: string }) {
  return (tree: TreeNode) => {
    walk(tree, (node) => {
      if (node.type !== 'link' && node.type !== 'definition') return;
      const link = node as LinkNode;
      if (link.url.startsWith('/') && !link.url.startsWith('//')) {
        link.url = withBase(options.base, link.url);
      }
    });
  };
}
