import { walk, type TreeNode } from './walk';

/** The few fields of a hast node the plugin reads and writes. */
interface HastNode extends TreeNode {
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
  value?: string;
}

/** The label of a display formula's box, which a keyboard can focus to scroll it. */
export const DISPLAY_FORMULA_LABEL = 'Formula';

/** Punctuation that belongs to the formula before it and must not start a new line. */
const TRAILING_PUNCTUATION = /^[.,;:!?)\]’”]+/;

function hasClass(node: HastNode, name: string): boolean {
  const names = node.properties?.className;
  return node.type === 'element' && Array.isArray(names) && names.includes(name);
}

function element(tagName: string, className: string, children: HastNode[]): HastNode {
  return { type: 'element', tagName, properties: { className: [className] }, children };
}

/** The text a screen reader gets from KaTeX's MathML (the TeX annotation left out). */
function mathText(node: HastNode): string {
  let text = '';
  const source = new Set<TreeNode>();
  const mathml = node.children?.find((child) => hasClass(child, 'katex-mathml')) ?? node;
  walk(mathml, (child) => {
    const hast = child as HastNode;
    if (hast.tagName === 'annotation') hast.children?.forEach((part) => source.add(part));
    else if (hast.type === 'text' && !source.has(hast)) text += hast.value ?? '';
  });
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A display formula's box scrolls sideways when the formula is wider than the screen, so it
 * is focusable (arrow keys scroll it) and named. The chapter page drops the tab stop from
 * boxes with nothing to scroll (src/site/ui/ScrollableBoxes.astro).
 */
function labelDisplayFormula(node: HastNode): void {
  node.properties = { ...node.properties, tabIndex: 0, role: 'group', ariaLabel: DISPLAY_FORMULA_LABEL };
}

/** `$x$,` keeps its comma: formula and punctuation go in one span that never wraps inside. */
function keepPunctuation(parent: HastNode): void {
  const children = parent.children ?? [];
  for (let i = 0; i < children.length - 1; i += 1) {
    const formula = children[i];
    const next = children[i + 1];
    if (!hasClass(formula, 'katex') || next.type !== 'text') continue;
    const punctuation = TRAILING_PUNCTUATION.exec(next.value ?? '')?.[0];
    if (!punctuation) continue;
    const rest = (next.value ?? '').slice(punctuation.length);
    const kept = element('span', 'formula-nowrap', [formula, { type: 'text', value: punctuation }]);
    children.splice(i, 2, kept, ...(rest ? [{ type: 'text', value: rest }] : []));
  }
}

/**
 * A table header that holds only a formula (`| $x_1$ |`) gets its words as visually hidden
 * text, and the rendering is hidden from screen readers, so the header is never read as empty.
 */
function nameMathHeader(cell: HastNode): void {
  const content = (cell.children ?? []).filter((child) => !(child.type === 'text' && !child.value?.trim()));
  if (content.length === 0 || !content.every((child) => hasClass(child, 'katex'))) return;
  const words = content.map(mathText).join(' ');
  const shown = element('span', 'formula-header', content);
  shown.properties = { ...shown.properties, ariaHidden: 'true' };
  cell.children = [shown, element('span', 'visually-hidden', [{ type: 'text', value: words }])];
}

/**
 * Rehype plugin, after rehype-katex: lays formulas out for narrow screens and assistive
 * technology. Display formulas get a focusable, named box; inline formulas keep the
 * punctuation that follows them on their line; headers made of a formula get text.
 */
export function rehypeFormulaLayout() {
  return (tree: TreeNode) => {
    walk(tree, (node) => {
      const hast = node as HastNode;
      if (hasClass(hast, 'katex-display')) labelDisplayFormula(hast);
      else if (hast.tagName === 'th') nameMathHeader(hast);
      else if (hast.children && !hasClass(hast, 'katex') && !hasClass(hast, 'formula-nowrap')) keepPunctuation(hast);
    });
  };
}
