/**
 * Browser side of InitExperiment: the controls the shared binding cannot take (the data mode,
 * which brings the published network's hidden layers with it, and the hidden-layer list typed
 * as text) and the buttons; the runs themselves are ExperimentFigure's. Settings, URL and the
 * plain boxes are the shared lifecycle's.
 */
import { defineView, type Widget } from '../shared/define-view';
import { bindField, setFieldValue, type FieldResult } from '../shared/number-field';
import { parseHiddenText } from '../LearningRateSweep/settings-text';
import { ExperimentFigure } from './experiment-figure';
import { CLASSIC_HIDDEN, InitExperiment, InitExperimentProps, MODE_NAMES, type InitExperimentSettings } from './schema';

type Mode = (typeof MODE_NAMES)[number];

function bindSpecialFields(widget: Widget<InitExperimentSettings>): void {
  const { state } = widget;
  const hidden = widget.part<HTMLInputElement>('hidden');
  // Sizes that read well may still not fit the other settings (classic mode's network): the box says so, and keeps saying it.
  const read = (box: HTMLInputElement): FieldResult<number[]> => {
    const parsed = parseHiddenText(box.value);
    if (!parsed.ok) return parsed;
    const check = InitExperimentProps.safeParse({ ...state.value, hidden: parsed.value });
    const issue = check.success ? undefined : check.error.issues.find((one) => one.path[0] === 'hidden');
    return issue ? { ok: false, message: issue.message } : parsed;
  };
  bindField(hidden, read, (sizes) => state.update({ hidden: sizes }, hidden));
  const mode = widget.part<HTMLSelectElement>('mode');
  mode.addEventListener('change', () => {
    const value = MODE_NAMES.find((name) => name === mode.value) ?? 'seeded';
    // The published draws fit only the published network: classic mode brings its hidden layers.
    state.update(value === 'classic' ? { mode: value, hidden: [...CLASSIC_HIDDEN] } : { mode: value }, mode);
  });
}

function showSpecialFields(widget: Widget<InitExperimentSettings>, settings: InitExperimentSettings, source: Element | undefined): void {
  const hidden = widget.part<HTMLInputElement>('hidden');
  if (hidden !== source) setFieldValue(hidden, settings.hidden.join(', '));
  const mode = widget.part<HTMLSelectElement>('mode');
  if (mode !== source) mode.value = settings.mode satisfies Mode;
}

export default defineView(InitExperiment, (widget) => {
  const { state } = widget;
  const figure = new ExperimentFigure(widget);
  bindSpecialFields(widget);
  widget.part('run').addEventListener('click', () => void figure.run());
  widget.part('stop').addEventListener('click', () => figure.stop());
  widget.part('reset').addEventListener('click', () => {
    figure.stop();
    state.reset();
  });
  state.onChange((settings, source) => {
    showSpecialFields(widget, settings, source);
    figure.settingsChanged();
  });
  showSpecialFields(widget, state.value, undefined);
  // A link with other settings than the page's: the build's figure does not show them, so run them.
  if (state.differsFromPage) void figure.run();
});
