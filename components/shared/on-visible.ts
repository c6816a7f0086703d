/**
 * Lazy start: hydrate.ts imports a figure's view only when the figure comes near the viewport,
 * so a long chapter does not pay for figures the reader never reaches.
 */

/**
 * Calls `callback` once, the first time `element` comes within 200 px of the viewport or the
 * reader has scrolled past it.
 */
export function onVisible(element: Element, callback: () => void): void {
  if (typeof IntersectionObserver === 'undefined') {
    callback();
    return;
  }
  let isDone = false;
  const fire = (): void => {
    if (isDone) return;
    isDone = true;
    observer.disconnect();
    removeEventListener('scroll', check);
    callback();
  };
  // A fast scroll (or a jump to an anchor) can carry a figure past the viewport between two
  // frames, so the observer never sees it intersect; a figure above the viewport's bottom edge
  // has been reached, whether or not it is still on screen.
  const check = (): void => {
    if (element.getBoundingClientRect().top < innerHeight + 200) fire();
  };
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) fire();
  }, { rootMargin: '200px 0px' });
  observer.observe(element);
  addEventListener('scroll', check, { passive: true });
}
