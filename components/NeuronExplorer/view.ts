/**
 * Browser side of NeuronExplorer: every change of the settings asks figure.ts (and through it
 * the engine) for the forward pass and redraws the diagram, the plot and the summary. The bias
 * and the activation are bound by the shared lifecycle; this file wires the number of inputs and
 * the five rows of boxes, since each of them changes the count and both lists together.
 */
import { defineView, type Widget } from '../shared/define-view';
import { bindNumberField, setFieldValue, showFieldMessage } from '../shared/number-field';
import { renderPlot } from '../shared/render-plot';
import { activationSpec, computeNeuron, diagramSvg, summaryText } from './figure';
import {
  InputCount,
  NeuronExplorer,
  Quantity,
  explorerRows,
  resolveExplorerSettings,
  showRows,
  type ExplorerRows,
  type NeuronExplorerSettings,
} from './schema';

type Explorer = Widget<NeuronExplorerSettings>;

/** The value boxes (x_i) or the weight boxes (w_i) of all rows, in order. */
function boxesOf(widget: Explorer, key: keyof ExplorerRows): HTMLInputElement[] {
  return [...widget.root.querySelectorAll<HTMLInputElement>(`input[data-role="${key === 'values' ? 'value' : 'weight'}"]`)];
}

/** What the boxes this file binds show: the count, and every row. */
interface Shown {
  readonly inputs: number;
  readonly rows: ExplorerRows;
}

/**
 * Writes into the boxes only what changed from `before` to `after`, so a box the reader is
 * still typing in keeps its text when another control changes the figure; `source` is left
 * as the reader typed it.
 */
function showChanges(widget: Explorer, before: Shown, after: Shown, source: Element | undefined): void {
  const inputsBox = widget.part<HTMLInputElement>('inputs');
  if (inputsBox !== source && after.inputs !== before.inputs) setFieldValue(inputsBox, after.inputs);
  for (const key of ['values', 'weights'] as const) {
    boxesOf(widget, key).forEach((box, i) => {
      if (box !== source && after.rows[key][i] !== before.rows[key][i]) setFieldValue(box, after.rows[key][i]);
    });
  }
}

function render(widget: Explorer, settings: NeuronExplorerSettings): void {
  const resolved = resolveExplorerSettings(settings);
  widget.root.querySelectorAll<HTMLElement>('.ne-row').forEach((row, i) => {
    row.hidden = i >= resolved.inputs;
    // A row hidden while invalid would otherwise keep an error the reader cannot see.
    if (row.hidden) row.querySelectorAll('input').forEach((box) => showFieldMessage(box, undefined));
  });
  const steps = computeNeuron(resolved);
  widget.part('diagram').innerHTML = diagramSvg(resolved, steps, widget.root.id);
  renderPlot(widget.part('plot'), activationSpec(resolved, steps));
  widget.part('summary').textContent = summaryText(resolved, steps);
}

export default defineView(NeuronExplorer, (widget) => {
  const { state } = widget;
  // What every row holds, shown or not: the link's entries, then the page's, then the defaults.
  let rows = explorerRows(state.value, explorerRows(state.page));
  const apply = (box: HTMLInputElement, inputs: number): void => showFieldMessage(box, state.update(showRows(rows, inputs), box));
  const inputsBox = widget.part<HTMLInputElement>('inputs');
  bindNumberField(inputsBox, InputCount, (inputs) => apply(inputsBox, inputs));
  for (const key of ['values', 'weights'] as const) {
    boxesOf(widget, key).forEach((box, i) =>
      bindNumberField(box, Quantity, (entry) => {
        rows = { ...rows, [key]: rows[key].map((old, j) => (j === i ? entry : old)) };
        apply(box, state.value.inputs);
      }),
    );
  }
  let shown: Shown = { inputs: state.page.inputs, rows: explorerRows(state.page) };
  const show = (settings: NeuronExplorerSettings, source: Element | undefined): void => {
    rows = explorerRows(settings, rows);
    const now = { inputs: settings.inputs, rows };
    showChanges(widget, shown, now, source);
    shown = now;
    render(widget, settings);
  };
  state.onChange(show);
  // The build drew the page's settings; redraw only for a link that chose others.
  if (state.differsFromPage) show(state.value, undefined);
});
