/**
 * Build time: a page-unique DOM id for one widget instance, so several instances of a widget on
 * one page never share label/`aria-describedby` targets. The counter lives in `Astro.locals`,
 * which Astro creates fresh for every page, so there is no module-level state.
 *
 *   const id = nextWidgetId(Astro.locals, 'ne');   // "ne-1", "ne-2", …
 */
export function nextWidgetId(locals: object, prefix: string): string {
  const counters = ((locals as { nnWidgetCounters?: Record<string, number> }).nnWidgetCounters ??= {});
  counters[prefix] = (counters[prefix] ?? 0) + 1;
  return `${prefix}-${counters[prefix]}`;
}
