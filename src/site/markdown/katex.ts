import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The part of KaTeX's API the build uses. */
export interface Katex {
  version: string;
  renderToString(tex: string, options: { displayMode: boolean; throwOnError: boolean }): string;
}

const fromProject = createRequire(import.meta.url);
const fromRehypeKatex = createRequire(fromProject.resolve('rehype-katex'));

/**
 * The folder of the KaTeX package that rehype-katex renders with. rehype-katex 7 brings
 * its own KaTeX (0.16), whose class names differ from the project's katex 0.19
 * (`sizing` became `katex-sizing`), so the stylesheet, the fonts and the formula check
 * must all come from this copy or subscripts lose their size and position.
 */
export const KATEX_DIR = dirname(fromRehypeKatex.resolve('katex/package.json'));

/** Where the matching stylesheet and fonts live. */
export const KATEX_DIST = join(KATEX_DIR, 'dist');

/** The KaTeX instance rehype-katex uses. */
export const katex = fromRehypeKatex('katex') as Katex;
