/**
 * Topological order of a graph: every node listed after all the nodes it was
 * computed from. Both autograd graphs use it, the tensor one (`backward.ts`)
 * and the inspectable scalar one (`scalar/backward-steps.ts`); each says how to
 * read a node's inputs.
 */

/**
 * Every node `root` depends on, inputs before outputs, ending with `root`.
 * Depth-first with an explicit stack and a visited set (no recursion, so deep
 * graphs cannot overflow the call stack); inputs are visited in the order
 * `inputsOf` lists them, so the order is the same every run.
 */
export function topologicalSort<T>(root: T, inputsOf: (node: T) => readonly T[]): T[] {
  const order: T[] = [];
  const visited = new Set<T>([root]);
  // Each frame remembers how many of the node's inputs it has already pushed.
  const stack: { node: T; next: number }[] = [{ node: root, next: 0 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    const inputs = inputsOf(frame.node);
    if (frame.next < inputs.length) {
      const input = inputs[frame.next];
      frame.next += 1;
      if (!visited.has(input)) {
        visited.add(input);
        stack.push({ node: input, next: 0 });
      }
    } else {
      stack.pop();
      order.push(frame.node);
    }
  }
  return order;
}
