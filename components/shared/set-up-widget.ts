/**
 * Build time: the first line of every widget's frontmatter.
 *
 *   const { settings, id } = setUpWidget(DescentCurve, Astro);
 *
 * Validates the tag's props against the definition's schema (a bad prop fails the build with
 * `file:line › Widget › prop: expected …, got …`) and gives the instance a page-unique id.
 */
import type { z } from 'zod';
import type { WidgetDefinition } from './define-widget';
import { parseProps } from './parse-props';
import { nextWidgetId } from './widget-id';

/** The part of Astro's global that a widget's setup reads. */
interface AstroLike {
  readonly props: Record<string, unknown>;
  readonly locals: object;
}

export function setUpWidget<S extends z.ZodTypeAny>(
  definition: WidgetDefinition<S>,
  astro: AstroLike,
): { settings: z.output<S>; id: string } {
  const settings = parseProps(definition.props, astro.props, definition.name);
  return { settings, id: nextWidgetId(astro.locals, definition.prefix) };
}
