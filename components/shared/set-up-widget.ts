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

export function setUpWidget<P extends z.ZodTypeAny, S extends z.ZodTypeAny>(
  definition: WidgetDefinition<P, S>,
  astro: AstroLike,
): { settings: z.output<S>; id: string } {
  const props = parseProps(definition.props, astro.props, definition.name);
  // Settings a widget adds to its props (a step count) start at their defaults.
  const settings: z.output<S> = (definition.settings as z.ZodTypeAny) === definition.props ? props : definition.settings.parse(props);
  return { settings, id: nextWidgetId(astro.locals, definition.prefix) };
}
