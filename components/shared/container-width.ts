/**
 * Browser: a figure container's width (its clientWidth, whole pixels), read without forcing a
 * layout. The first read measures; a ResizeObserver keeps the value current afterwards, and its
 * callback runs right after the browser's own layout, when measuring is free. Reading
 * clientWidth after a widget has written to the page (a status line, a redrawn SVG) makes the
 * browser lay the whole chapter out there and then: tens of milliseconds on a long chapter, at
 * every redraw while a network trains.
 *
 *   const width = containerWidth(container);
 */
const widths = new WeakMap<Element, number>();
let observer: ResizeObserver | undefined;

function watch(container: Element): void {
  observer ??= new ResizeObserver((entries) => {
    for (const entry of entries) widths.set(entry.target, Math.floor(entry.target.clientWidth));
  });
  observer.observe(container);
}

export function containerWidth(container: Element): number {
  const known = widths.get(container);
  if (known !== undefined) return known;
  const width = Math.floor(container.clientWidth);
  widths.set(container, width);
  if (typeof ResizeObserver === 'function') watch(container);
  return width;
}
