/**
 * Browser: starts every widget on the page. WidgetFrame.astro calls it once per page with
 * the view modules of all widgets (`import.meta.glob('../*\/view.ts')`, each its own chunk):
 *
 *   hydrateWidgets(import.meta.glob('../*\/view.ts'));
 *
 * A figure's view is imported when the figure comes near the viewport (on-visible.ts), and
 * mounted with its namespace: the definition's prefix and the figure's place among the
 * page's figures of the same widget (`dc1`, `dc2`, …). Once the page has loaded, the views of
 * the page's widgets are fetched while the browser is idle, so figures still start after the
 * connection drops. A view that cannot load says so inside its figure.
 */
import type { WidgetView } from './define-view';
import { showStartFailure } from './dom';
import { onVisible } from './on-visible';

type ViewLoaders = Record<string, () => Promise<unknown>>;

function viewOf(module: unknown): WidgetView | undefined {
  const view = (module as { default?: WidgetView } | undefined)?.default;
  return typeof view?.mount === 'function' ? view : undefined;
}

function start(root: HTMLElement, namespace: string, load: (() => Promise<unknown>) | undefined): void {
  const name = root.dataset.widget ?? '';
  if (!load) {
    showStartFailure(root, `this site has no code for the widget ${name}`);
    return;
  }
  load().then(
    (module) => {
      const view = viewOf(module);
      if (view) view.mount(root, namespace);
      else showStartFailure(root, `the code of ${name} has no view to start`);
    },
    (error: unknown) => {
      console.error(`${name}: the interactive figure could not load`, error);
      showStartFailure(root, `its code could not be loaded (${(error as Error).message || 'network error'}); the connection may be down`);
    },
  );
}

/** Fetches the views of the page's widgets ahead of need, once the page is loaded and the browser idle. */
function prefetch(loads: readonly (() => Promise<unknown>)[]): void {
  const run = (): void => loads.forEach((load) => load().catch(() => undefined));
  const whenIdle = (): void => {
    if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 4000 });
    else setTimeout(run, 1000);
  };
  if (document.readyState === 'complete') whenIdle();
  else addEventListener('load', whenIdle, { once: true });
}

export function hydrateWidgets(loaders: ViewLoaders): void {
  const counts = new Map<string, number>();
  const used = new Set<() => Promise<unknown>>();
  for (const root of document.querySelectorAll<HTMLElement>('[data-widget][data-prefix]')) {
    const name = root.dataset.widget ?? '';
    const count = (counts.get(name) ?? 0) + 1;
    counts.set(name, count);
    const load = loaders[`../${name}/view.ts`];
    if (load) used.add(load);
    onVisible(root, () => start(root, `${root.dataset.prefix}${count}`, load));
  }
  prefetch([...used]);
}
