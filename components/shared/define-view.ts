/**
 * Browser: a widget's view, written as one setup function over the shared lifecycle. The
 * view module of components/<Name>/view.ts ends with
 *
 *   export default defineView(DescentCurve, (widget) => {
 *     widget.state.onChange(render);             // every accepted change redraws
 *     widget.part('reset').addEventListener('click', () => widget.state.reset());
 *     if (widget.state.differsFromPage) render(widget.state.value);
 *   });
 *
 * Before `setup` runs, the settings are read (page, then link, with notes), and every control
 * the shell marked `data-setting` is bound both ways (setting-fields.ts). If anything throws,
 * the figure says so inside itself instead of failing silently.
 */
import type { z } from 'zod';
import type { WidgetDefinition } from './define-widget';
import { part, showStartFailure } from './dom';
import { bindSettingFields } from './setting-fields';
import { WidgetState } from './widget-state';

/** What a view's setup gets: its root, its settings, and its parts by `data-role`. */
export interface Widget<S extends object> {
  readonly root: HTMLElement;
  /** The figure's URL namespace (`dc1` for the page's first DescentCurve). */
  readonly namespace: string;
  readonly state: WidgetState<S>;
  /** The element with `data-role="<role>"` inside this figure; throws if the shell lacks it. */
  part<T extends Element = HTMLElement>(role: string): T;
}

/** What a view module exports by default; hydrate.ts calls `mount` once per figure. */
export interface WidgetView {
  readonly name: string;
  mount(root: HTMLElement, namespace: string): void;
}

export function defineView<P extends z.ZodTypeAny, S extends z.ZodTypeAny>(
  definition: WidgetDefinition<P, S>,
  setup: (widget: Widget<z.output<S>>) => void,
): WidgetView {
  return {
    name: definition.name,
    mount(root, namespace) {
      try {
        const state = new WidgetState<z.output<S>>(root, definition.settings, namespace);
        bindSettingFields(root, definition.settings, state);
        setup({ root, namespace, state, part: (role) => part(root, `[data-role="${role}"]`) });
        root.dataset.hydrated = 'true';
      } catch (error) {
        console.error(`${definition.name}: the interactive figure could not start`, error);
        showStartFailure(root, `${definition.name} stopped while starting (${(error as Error).message})`);
      }
    },
  };
}
