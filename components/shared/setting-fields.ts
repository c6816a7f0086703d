/**
 * Browser: binds every control the shell rendered with `data-setting="<key>"` (NumberField,
 * SelectField with a `setting` prop) to that key of the widget's settings, in both directions:
 * a committed edit updates the state; a changed setting shows in every other control.
 * So the fields a shell renders are listed once, in the shell, and the view lists none.
 */
import type { z } from 'zod';
import { objectShape } from './describe-schema';
import { bindNumberField, setFieldValue, showFieldMessage } from './number-field';
import { bindSelectField } from './select-field';
import type { WidgetState } from './widget-state';

type SettingControl = HTMLInputElement | HTMLSelectElement;

/** The schema of `key`, or an error naming the settings there are (a shell and schema out of step). */
function fieldSchemaOf(shape: Record<string, z.ZodTypeAny>, key: string): z.ZodTypeAny {
  if (Object.hasOwn(shape, key)) return shape[key];
  throw new Error(`data-setting="${key}": expected one of the settings ${Object.keys(shape).join(', ')}`);
}

function showValue(control: SettingControl, value: unknown): void {
  // An optional setting the figure derives has no value of its own: the box keeps what it shows.
  if (value === undefined) return;
  if (control instanceof HTMLSelectElement) control.value = String(value);
  else if (control.type === 'checkbox') control.checked = value === true;
  else setFieldValue(control, String(value));
}

/** Binds the `[data-setting]` controls inside `root` to `state`; shows the current settings in them. */
export function bindSettingFields<S extends object>(root: HTMLElement, schema: z.ZodTypeAny, state: WidgetState<S>): void {
  const shape = objectShape(schema);
  const controls = [...root.querySelectorAll<SettingControl>('[data-setting]')];
  for (const control of controls) {
    const key = control.dataset.setting ?? '';
    const fieldSchema = fieldSchemaOf(shape, key);
    const apply = (value: unknown): void => {
      const problem = state.update({ [key]: value } as Partial<S>, control);
      if (problem && control instanceof HTMLInputElement) showFieldMessage(control, problem);
    };
    if (control instanceof HTMLSelectElement) bindSelectField(control, fieldSchema, apply);
    else if (control.type === 'checkbox') control.addEventListener('change', () => apply(control.checked));
    else if (control.type === 'range') control.addEventListener('input', () => apply(Number(control.value)));
    else bindNumberField(control, fieldSchema, apply);
  }
  // Only a control whose setting changed is rewritten (or every one, on Reset): another box's
  // half-typed text and its message stay while the reader moves a slider.
  let shown: Record<string, unknown> = {};
  const show = (settings: S, source: Element | undefined, isReset: boolean): void => {
    const values = settings as Record<string, unknown>;
    for (const control of controls) {
      const key = control.dataset.setting ?? '';
      const isChanged = JSON.stringify(values[key]) !== JSON.stringify(shown[key]);
      if (control !== source && (isReset || isChanged)) showValue(control, values[key]);
    }
    shown = values;
  };
  state.onChange(show);
  show(state.value, undefined, true);
}
