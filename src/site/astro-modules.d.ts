// Plain `tsc` cannot read .astro files (only Astro's own checker can); this lets the
// TypeScript files that import components, such as components/index.ts, type-check.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
