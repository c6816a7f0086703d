/**
 * Browser side of NeuronBoundary: every change of the settings redraws the line, the shaded
 * sides and the accuracy. The sliders, the number boxes, the data set and the seed are bound
 * by the shared lifecycle; this file wires New seed and dragging on the plot (which slides
 * the line, changing b, so that it passes under the pointer), and renders.
 */
import { neuron, type Dataset } from '../../src/engine/index';
import { defineView, type Widget } from '../shared/define-view';
import { accuracyText, describeLine } from '../shared/line-figure';
import { renderPlot } from '../shared/render-plot';
import { nextSeed } from '../shared/seed';
import { boundarySpec, softSummary, softText } from './figure';
import { NeuronBoundary, PARAMETER_LIMIT, type NeuronBoundarySettings } from './schema';

type PlotFigure = ReturnType<typeof renderPlot>;

/** The settings' data set, drawn again only when the data set or the seed changes (not on every drag move). */
function datasetCache(): (settings: NeuronBoundarySettings) => Dataset {
  let drawnFor = '';
  let data: Dataset | undefined;
  return ({ dataset, seed }) => {
    if (!data || drawnFor !== `${dataset}:${seed}`) {
      data = neuron.neuronDataset(dataset, seed);
      drawnFor = `${dataset}:${seed}`;
    }
    return data;
  };
}

function render(widget: Widget<NeuronBoundarySettings>, settings: NeuronBoundarySettings, data: Dataset): PlotFigure {
  const line = { w1: settings.w1, w2: settings.w2, bias: settings.bias };
  const box = neuron.neuronDatasetBox(settings.dataset);
  const plot = renderPlot(widget.part('plot'), boundarySpec(line, data, box));
  widget.part('accuracy').textContent = `Accuracy: ${accuracyText(line, data)}`;
  widget.part('soft').textContent = softText(line, box);
  widget.part('summary').textContent = `${describeLine(line, data)} ${softSummary(line, box)}`.trim();
  const hasSeed = settings.dataset === 'blobs';
  widget.root.querySelector<HTMLElement>('[data-field="seed"]')!.hidden = !hasSeed;
  widget.part('new-seed').hidden = !hasSeed;
  return plot;
}

/** The bias that moves the line, its direction kept, through the pointer; undefined with no line or off the scales. */
function biasUnderPointer(container: HTMLElement, plot: PlotFigure, settings: NeuronBoundarySettings, event: PointerEvent): number | undefined {
  const matrix = container.querySelector('svg')?.getScreenCTM();
  if (!matrix || (settings.w1 === 0 && settings.w2 === 0)) return undefined;
  const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
  const x1 = plot.scale('x')?.invert?.(point.x);
  const x2 = plot.scale('y')?.invert?.(point.y);
  if (typeof x1 !== 'number' || typeof x2 !== 'number') return undefined;
  const bias = -neuron.lineValue({ ...settings, bias: 0 }, x1, x2);
  return Math.max(-PARAMETER_LIMIT, Math.min(PARAMETER_LIMIT, Math.round(bias * 100) / 100));
}

/** Pointer dragging on the plot; `plotOf` gives the drawn plot, whose scales turn the pointer into data units. */
function wireDragging(widget: Widget<NeuronBoundarySettings>, plotOf: () => PlotFigure): void {
  const container = widget.part('plot');
  const moveTo = (event: PointerEvent): void => {
    const bias = biasUnderPointer(container, plotOf(), widget.state.value, event);
    if (bias !== undefined) widget.state.update({ bias });
  };
  container.addEventListener('pointerdown', (event) => {
    container.setPointerCapture(event.pointerId);
    moveTo(event);
  });
  container.addEventListener('pointermove', (event) => {
    if (container.hasPointerCapture(event.pointerId)) moveTo(event);
  });
}

export default defineView(NeuronBoundary, (widget) => {
  const { state } = widget;
  const dataOf = datasetCache();
  let plot: PlotFigure | undefined;
  const draw = (settings: NeuronBoundarySettings): PlotFigure => (plot = render(widget, settings, dataOf(settings)));
  widget.part('new-seed').addEventListener('click', () => state.update({ seed: nextSeed(state.value.seed) }));
  // The build's SVG has no scales: the first drag draws the plot again in the browser.
  wireDragging(widget, () => plot ?? draw(state.value));
  state.onChange(draw);
  // The build drew the page's settings; redraw only for a link that chose others.
  if (state.differsFromPage) draw(state.value);
});
