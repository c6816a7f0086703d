/** The few fields of a unist node the plugins read. */
export interface TreeNode {
  type: string;
  children?: TreeNode[];
  position?: { start: { line: number; column: number } };
}

/**
 * Calls `visit` for every node of a syntax tree, parents before children, with an
 * explicit stack so deep documents cannot overflow the call stack.
 */
export function walk(root: TreeNode, visit: (node: TreeNode) => void): void {
  const stack: TreeNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as TreeNode;
    visit(node);
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]);
  }
}

/** A file's path relative to the project root, with forward slashes. */
export function projectRelative(root: string, path: string | undefined): string {
  if (!path) return '(unknown file)';
  const normalizedRoot = root.endsWith('/') ? root : `${root}/`;
  const relative = path.startsWith(normalizedRoot) ? path.slice(normalizedRoot.length) : path;
  return relative.split('\\').join('/');
}
