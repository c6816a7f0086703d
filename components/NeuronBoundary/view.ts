/**
 * The NeuronBoundary in the browser: sliders and number boxes for w1, w2 and b, a data-set
 * choice and a seed. Dragging on the plot slides the line (changes b) so that it passes under
 * the pointer. Every change redraws the line, the shaded sides and the accuracy, and updates the URL.
 */
import { neuron, type Dataset } from '../../src/engine/index';
import { accuracyText, describeLine, lineSpec } from '../shared/line-figure';
import { pageSettings, part, showUrlNotes } from '../shared/dom';
import { bindNumberField, setFieldValue } from '../shared/number-field';
import { renderPlot } from '../shared/render-plot';
import { createUrlWriter, readUrlState } from '../shared/url-state';
import { nextSeed, Seed } from '../shared/seed';
import { BOUNDARY_DATASETS, NeuronBoundaryProps, PARAMETER_LIMIT, Parameter, type NeuronBoundaryState } from './schema';

type ParameterKey = 'w1' | 'w2' | 'bias';
const PARAMETERS: readonly ParameterKey[] = ['w1', 'w2', 'bias'];

/** One boundary figure on the page. */
interface Boundary {
  readonly root: HTMLElement;
  readonly saveUrl: (state: Record<string, unknown>) => void;
  state: NeuronBoundaryState;
  data: Dataset;
  plot: ReturnType<typeof renderPlot> | null;
}

/** Mounts one boundary figure on its static shell. */
export function mount(root: HTMLElement, namespace: string): void {
  const base = pageSettings(root, NeuronBoundaryProps);
  const { state, notes } = readUrlState(NeuronBoundaryProps, namespace, base);
  const boundary: Boundary = { root, saveUrl: createUrlWriter(namespace), state, data: neuron.neuronDataset(state.dataset, state.seed), plot: null };
  showUrlNotes(root, notes);
  syncControls(boundary, PARAMETERS);
  wireControls(boundary);
  render(boundary);
}

/** Shows the state's numbers in the given parameters' controls (and the data-set controls). */
function syncControls(boundary: Boundary, keys: readonly ParameterKey[]): void {
  const { root, state } = boundary;
  part<HTMLSelectElement>(root, '[data-role="dataset"]').value = state.dataset;
  part<HTMLInputElement>(root, 'input[data-role="seed"]').value = String(state.seed);
  for (const key of keys) {
    part<HTMLInputElement>(root, `[data-role="${key}-slider"]`).value = String(state[key]);
    setFieldValue(part<HTMLInputElement>(root, `input[data-role="${key}"]`), state[key]);
  }
}

function wireControls(boundary: Boundary): void {
  const { root } = boundary;
  for (const key of PARAMETERS) {
    const slider = part<HTMLInputElement>(root, `[data-role="${key}-slider"]`);
    slider.addEventListener('input', () => {
      update(boundary, { [key]: Number(slider.value) });
      syncControls(boundary, [key]);
    });
    bindNumberField(part(root, `input[data-role="${key}"]`), Parameter, (value) => {
      update(boundary, { [key]: value });
      slider.value = String(value);
    });
  }
  const select = part<HTMLSelectElement>(root, '[data-role="dataset"]');
  select.addEventListener('change', () => {
    const dataset = BOUNDARY_DATASETS.find((name) => name === select.value);
    if (dataset) update(boundary, { dataset });
  });
  const seedBox = part<HTMLInputElement>(root, 'input[data-role="seed"]');
  bindNumberField(seedBox, Seed, (seed) => update(boundary, { seed }));
  part(root, '[data-role="new-seed"]').addEventListener('click', () => {
    update(boundary, { seed: nextSeed(boundary.state.seed) });
    setFieldValue(seedBox, boundary.state.seed);
  });
  wireDragging(boundary);
}

/** Pointer dragging on the plot: the line keeps its direction and passes through the pointer. */
function wireDragging(boundary: Boundary): void {
  const container = part<HTMLElement>(boundary.root, '[data-role="plot"]');
  const moveTo = (event: PointerEvent) => {
    const svg = container.querySelector('svg');
    const matrix = svg?.getScreenCTM();
    const plot = boundary.plot;
    if (!svg || !matrix || !plot || (boundary.state.w1 === 0 && boundary.state.w2 === 0)) return;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    const x1 = plot.scale('x')?.invert?.(point.x);
    const x2 = plot.scale('y')?.invert?.(point.y);
    if (typeof x1 !== 'number' || typeof x2 !== 'number') return;
    const bias = -neuron.lineValue({ ...boundary.state, bias: 0 }, x1, x2);
    update(boundary, { bias: Math.max(-PARAMETER_LIMIT, Math.min(PARAMETER_LIMIT, Math.round(bias * 100) / 100)) });
    syncControls(boundary, ['bias']);
  };
  container.addEventListener('pointerdown', (event) => {
    container.setPointerCapture(event.pointerId);
    moveTo(event);
  });
  container.addEventListener('pointermove', (event) => {
    if (container.hasPointerCapture(event.pointerId)) moveTo(event);
  });
}

function update(boundary: Boundary, change: Partial<NeuronBoundaryState>): void {
  const previous = boundary.state;
  boundary.state = { ...previous, ...change };
  if (boundary.state.dataset !== previous.dataset || boundary.state.seed !== previous.seed) {
    boundary.data = neuron.neuronDataset(boundary.state.dataset, boundary.state.seed);
  }
  render(boundary);
  boundary.saveUrl({ ...boundary.state });
}

function render(boundary: Boundary): void {
  const { root, state, data } = boundary;
  const line = { w1: state.w1, w2: state.w2, bias: state.bias };
  const box = neuron.neuronDatasetBox(state.dataset);
  boundary.plot = renderPlot(part(root, '[data-role="plot"]'), lineSpec(line, data, box));
  part(root, '[data-role="accuracy"]').textContent = `Accuracy: ${accuracyText(line, data)}`;
  part(root, '[data-role="summary"]').textContent = describeLine(line, data);
  part<HTMLElement>(root, '[data-field="seed"]').hidden = state.dataset !== 'blobs';
  part<HTMLElement>(root, '[data-role="new-seed"]').hidden = state.dataset !== 'blobs';
}
