import { projectRelative, walk, type TreeNode } from './walk';

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

interface JsxElement extends TreeNode {
  name: string | null;
  attributes: JsxAttribute[];
}

function isWidgetTag(node: TreeNode): node is JsxElement {
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return false;
  const name = (node as JsxElement).name;
  return typeof name === 'string' && /^[A-Z]/.test(name);
}

/**
 * Remark plugin: stamps every MDX tag whose name starts with an upper-case letter with
 * `__source="content/chapters/<file>.mdx:<line>"`, so a widget's prop check can say
 * where the bad tag is. Lower-case tags are plain HTML and stay untouched.
 */
export function remarkSourceStamp(options: { root: string }) {
  return (tree: TreeNode, file: { path?: string }) => {
    const source = projectRelative(options.root, file.path);
    walk(tree, (node) => {
      if (!isWidgetTag(node)) return;
      if (node.attributes.some((attribute) => attribute.name === '__source')) return;
      const line = node.position?.start.line ?? 0;
      node.attributes.push({ type: 'mdxJsxAttribute', name: '__source', value: `${source}:${line}` });
    });
  };
}
