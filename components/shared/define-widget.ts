/**
 * A widget is defined once, in its schema file: its tag name (also its folder under
 * components/), the prefix of its URL settings, and its props schema.
 *
 *   export const DescentCurve = defineWidget({ name: 'DescentCurve', prefix: 'dc', props: DescentCurveProps });
 *
 * The build (setUpWidget, WidgetFrame), the page's hydration (hydrate.ts) and the view
 * (defineView) all take the definition, so the name and the prefix are written in one place.
 */
import type { z } from 'zod';

export interface WidgetDefinition<S extends z.ZodTypeAny = z.ZodTypeAny> {
  /** The MDX tag, and the folder components/<name>/ that holds view.ts. */
  readonly name: string;
  /** Short lower-case letters: ids are `<prefix>-1`, URL settings `<prefix>1.<key>`. */
  readonly prefix: string;
  /** The strict props schema: build-time check, URL check and the controls' ranges. */
  readonly props: S;
}

/** The settings a widget's props schema produces (defaults filled in). */
export type SettingsOf<D extends WidgetDefinition> = z.output<D['props']>;

/** Checks the name and prefix once, where the widget is defined; returns the definition frozen. */
export function defineWidget<S extends z.ZodTypeAny>(definition: WidgetDefinition<S>): WidgetDefinition<S> {
  if (!/^[A-Z][A-Za-z0-9]*$/.test(definition.name)) {
    throw new Error(`defineWidget: name: expected a PascalCase tag name such as "DescentCurve", got ${JSON.stringify(definition.name)}`);
  }
  if (!/^[a-z]{1,6}$/.test(definition.prefix)) {
    throw new Error(`defineWidget: prefix: expected 1 to 6 lower-case letters such as "dc", got ${JSON.stringify(definition.prefix)}`);
  }
  return Object.freeze({ ...definition });
}
