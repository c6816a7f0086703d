/**
 * Every widget a chapter may use, by its tag name. The chapter page passes this map to MDX
 * (`<Content components={widgets} />`), so chapters place widgets without imports.
 * Add one line per widget, keeping the chapters' order.
 */
export const widgets = {};
