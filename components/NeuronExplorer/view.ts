/**
 * The NeuronExplorer in the browser: reads the controls, asks the engine for the forward
 * pass, redraws the diagram, the activation plot and the summary, and keeps the URL in step.
 */
import { pageSettings, part, showUrlNotes } from '../shared/dom';
import { bindNumberField, showFieldMessage } from '../shared/number-field';
import { renderPlot } from '../shared/render-plot';
import { createUrlWriter, readUrlState } from '../shared/url-state';
import {
  DEFAULT_VALUES,
  DEFAULT_WEIGHTS,
  EXPLORER_ACTIVATIONS,
  MAX_INPUTS,
  NeuronExplorerProps,
  Quantity,
  resolveExplorerState,
  type ExplorerState,
} from './schema';
import { activationSpec, computeNeuron, diagramSvg, summaryText } from './figure';

/** One explorer on the page: its elements and its state (all five rows, of which `inputs` show). */
interface Explorer {
  readonly root: HTMLElement;
  readonly saveUrl: (state: Record<string, unknown>) => void;
  readonly allValues: number[];
  readonly allWeights: number[];
  state: ExplorerState;
}

function fields(root: HTMLElement, role: string): HTMLInputElement[] {
  return [...root.querySelectorAll<HTMLInputElement>(`input[data-role="${role}"]`)];
}

/** Mounts one explorer on its static shell. */
export function mount(root: HTMLElement, namespace: string): void {
  const base = resolveExplorerState(pageSettings(root, NeuronExplorerProps));
  const { state, notes } = readUrlState(NeuronExplorerProps, namespace, base);
  const resolved = resolveExplorerState(state);
  const explorer: Explorer = {
    root,
    saveUrl: createUrlWriter(namespace),
    allValues: DEFAULT_VALUES.map((value, i) => resolved.values[i] ?? base.values[i] ?? value),
    allWeights: DEFAULT_WEIGHTS.map((weight, i) => resolved.weights[i] ?? base.weights[i] ?? weight),
    state: resolved,
  };
  showUrlNotes(root, notes);
  syncControls(explorer);
  wireControls(explorer);
  render(explorer);
}

/** Puts the state into the controls (after reading the URL). */
function syncControls(explorer: Explorer): void {
  const { root, state } = explorer;
  part<HTMLInputElement>(root, 'input[data-role="inputs"]').value = String(state.inputs);
  part<HTMLSelectElement>(root, 'select[data-role="activation"]').value = state.activation;
  part<HTMLInputElement>(root, 'input[data-role="bias"]').value = String(state.bias);
  fields(root, 'value').forEach((input, i) => (input.value = String(explorer.allValues[i])));
  fields(root, 'weight').forEach((input, i) => (input.value = String(explorer.allWeights[i])));
}

function wireControls(explorer: Explorer): void {
  const { root } = explorer;
  const inputsSchema = NeuronExplorerProps.innerType().shape.inputs;
  bindNumberField(part(root, 'input[data-role="inputs"]'), inputsSchema, (inputs) => update(explorer, { inputs }));
  bindNumberField(part(root, 'input[data-role="bias"]'), Quantity, (bias) => update(explorer, { bias }));
  fields(root, 'value').forEach((input, i) =>
    bindNumberField(input, Quantity, (value) => {
      explorer.allValues[i] = value;
      update(explorer, {});
    }),
  );
  fields(root, 'weight').forEach((input, i) =>
    bindNumberField(input, Quantity, (weight) => {
      explorer.allWeights[i] = weight;
      update(explorer, {});
    }),
  );
  const select = part<HTMLSelectElement>(root, 'select[data-role="activation"]');
  select.addEventListener('change', () => {
    const activation = EXPLORER_ACTIVATIONS.find((name) => name === select.value);
    if (activation) update(explorer, { activation });
  });
}

/** Applies a change, redraws, and writes the new settings into the URL. */
function update(explorer: Explorer, change: Partial<Pick<ExplorerState, 'inputs' | 'activation' | 'bias'>>): void {
  const inputs = Math.min(MAX_INPUTS, change.inputs ?? explorer.state.inputs);
  explorer.state = {
    ...explorer.state,
    ...change,
    inputs,
    values: explorer.allValues.slice(0, inputs),
    weights: explorer.allWeights.slice(0, inputs),
  };
  render(explorer);
  explorer.saveUrl({ ...explorer.state });
}

function render(explorer: Explorer): void {
  const { root, state } = explorer;
  root.querySelectorAll<HTMLElement>('.ne-row').forEach((row, i) => {
    row.hidden = i >= state.inputs;
  });
  // A row that was hidden while invalid would otherwise keep an error the reader cannot see.
  [...fields(root, 'value'), ...fields(root, 'weight')].forEach((input, i) => {
    if (i % MAX_INPUTS >= state.inputs) showFieldMessage(input, undefined);
  });
  const steps = computeNeuron(state);
  part(root, '[data-role="diagram"]').innerHTML = diagramSvg(state, steps, root.id);
  renderPlot(part(root, '[data-role="plot"]'), activationSpec(state, steps));
  part(root, '[data-role="summary"]').textContent = summaryText(state, steps);
}
