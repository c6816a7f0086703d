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

export interface WidgetDefinition<P extends z.ZodTypeAny = z.ZodTypeAny, S extends z.ZodTypeAny = z.ZodTypeAny> {
  /** The MDX tag, and the folder components/<name>/ that holds view.ts. */
  readonly name: string;
  /** Short lower-case letters: ids are `<prefix>-1`, URL settings `<prefix>1.<key>`. */
  readonly prefix: string;
  /** The strict props schema: what a chapter's tag may say, checked at build time. */
  readonly props: P;
  /**
   * The settings the figure keeps (URL state, controls' ranges): the props unless the widget
   * records more, e.g. PerceptronLearner's step count, which a link sets but a chapter does not.
   */
  readonly settings: S;
}

/** The settings a widget keeps (defaults filled in). */
export type SettingsOf<D extends WidgetDefinition> = z.output<D['settings']>;

/** Checks the name and prefix once, where the widget is defined; returns the definition frozen. */
export function defineWidget<P extends z.ZodTypeAny, S extends z.ZodTypeAny = P>(definition: {
  readonly name: string;
  readonly prefix: string;
  readonly props: P;
  readonly settings?: S;
}): WidgetDefinition<P, S> {
  if (!/^[A-Z][A-Za-z0-9]*$/.test(definition.name)) {
    throw new Error(`defineWidget: name: expected a PascalCase tag name such as "DescentCurve", got ${JSON.stringify(definition.name)}`);
  }
  if (!/^[a-z]{1,6}$/.test(definition.prefix)) {
    throw new Error(`defineWidget: prefix: expected 1 to 6 lower-case letters such as "dc", got ${JSON.stringify(definition.prefix)}`);
  }
  return Object.freeze({ ...definition, settings: (definition.settings ?? definition.props) as S });
}
