/**
 * Every widget a chapter may use, by its tag name. The chapter page passes this map to MDX
 * (`<Content components={widgets} />`), so chapters place widgets without imports.
 * Add one line per widget, keeping the chapters' order.
 */
import DescentCurve from './DescentCurve/DescentCurve.astro';
import DescentBowl from './DescentBowl/DescentBowl.astro';

export const widgets = {
  DescentCurve,
  DescentBowl,
};
