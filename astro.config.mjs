// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { remarkSourceStamp } from './src/site/markdown/source-stamp.ts';
import { remarkMathCheck } from './src/site/markdown/math-check.ts';
import { remarkBaseLinks } from './src/site/markdown/base-links.ts';
import { remarkPlainNumbers } from './src/site/markdown/plain-numbers.ts';
import { linkCheckIntegration, securityPolicyIntegration } from './src/site/build/integration.ts';
import { normalizeBase } from './src/site/url.ts';
import { KATEX_DIST } from './src/site/markdown/katex.ts';
import { rehypeFormulaLayout } from './src/site/markdown/formula-layout.ts';
import { rehypeCompactFormulas } from './src/site/markdown/compact-formulas.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

// The one setting for sub-path hosting: BASE_PATH=/course/ npm run build.
const base = normalizeBase(process.env.BASE_PATH);

export default defineConfig({
  base,
  output: 'static',
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  // OUT_DIR and CACHE_DIR let tests build fixture sites side by side without clashing.
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  devToolbar: { enabled: false },
  markdown: {
    // Code blocks carry both palettes as CSS variables; src/styles/prose.css picks one per theme.
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false },
  },
  integrations: [
    mdx({
      remarkPlugins: [
        remarkMath,
        [remarkMathCheck, { root }],
        remarkPlainNumbers,
        [remarkSourceStamp, { root }],
        [remarkBaseLinks, { base }],
      ],
      rehypePlugins: [rehypeKatex, rehypeFormulaLayout, rehypeCompactFormulas],
      // Static HTML (the prose, and every formula KaTeX has turned into hundreds of elements)
      // compiles to one string per subtree instead of a JSX call per element. Without it the
      // build held every chapter's element tree as JavaScript syntax and ran out of heap near
      // 100 chapters (bench/FINDINGS.md); with it a 13-chapter build peaks at 0.96 GB, not 2.1.
      optimize: true,
    }),
    linkCheckIntegration(),
    // After the link check, which reads the pages as Astro wrote them.
    securityPolicyIntegration(),
  ],
  vite: {
    resolve: {
      alias: [
        // Chapter pages import KaTeX's stylesheet (and through it the fonts) from the copy
        // that rehype-katex renders with; see src/site/markdown/katex.ts.
        { find: '@katex-dist', replacement: KATEX_DIST },
        // Plot's d3 without map projections and Delaunay triangulations, which no figure draws.
        { find: /^d3$/, replacement: fileURLToPath(new URL('./components/shared/plot-d3.mjs', import.meta.url)) },
      ],
    },
    // Widgets create workers with `new Worker(new URL(…), { type: 'module' })`.
    worker: { format: 'es' },
    // Terser with a second compress pass writes the page's JavaScript about 4 % smaller
    // (gzip) than the default esbuild minifier; the byte budgets (test/e2e/site/budgets-check.ts)
    // count every byte a chapter fetches. Modules are ES modules, so top-level names can go too.
    build: { minify: 'terser', terserOptions: { module: true, compress: { passes: 2 }, format: { comments: false } } },
  },
});
