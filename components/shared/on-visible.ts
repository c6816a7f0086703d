/**
 * Hydrates widgets lazily: a widget's view module is imported only when its figure scrolls
 * into view, so a long chapter does not pay for figures the reader never reaches.
 *
 * In a widget's `.astro` file:
 *
 *   <script>
 *     import { hydrateWidgets } from '../shared/on-visible';
 *     hydrateWidgets('NeuronExplorer', 'ne', () => import('./view'));
 *   </script>
 *
 * Every `[data-widget="NeuronExplorer"]` root on the page gets its own namespace in page order
 * (`ne1`, `ne2`, …) for its URL settings, and `mount(root, namespace)` is called once for it.
 */

/** What a widget's view module exports. */
export interface WidgetView {
  mount(root: HTMLElement, namespace: string): void;
}

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

/** Mounts every root of widget `name` when it becomes visible; marks it `data-hydrated` once mounted. */
export function hydrateWidgets(name: string, prefix: string, load: () => Promise<WidgetView>): void {
  const roots = document.querySelectorAll<HTMLElement>(`[data-widget="${name}"]`);
  roots.forEach((root, i) => {
    onVisible(root, () => {
      load()
        .then((view) => {
          view.mount(root, `${prefix}${i + 1}`);
          root.dataset.hydrated = 'true';
        })
        .catch((error: unknown) => {
          root.dataset.hydrated = 'failed';
          console.error(`${name}: the interactive figure could not start`, error);
        });
    });
  });
}
