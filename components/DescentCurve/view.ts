/**
 * Browser side of DescentCurve: every change of the settings asks figure.ts (and through it
 * the engine) for the walk and redraws. The number boxes and the curve choice are bound by
 * the shared lifecycle; this file wires the rate slider and Reset, and renders.
 */
import { defineView, type Widget } from '../shared/define-view';
import { renderPlot } from '../shared/render-plot';
import { buildCurveFigure, readoutText, splitVerdict } from './figure';
import { RATE_STOPS, nearestStop } from './rate-stops';
import { DescentCurve, type DescentCurveSettings } from './schema';

function render(widget: Widget<DescentCurveSettings>, settings: DescentCurveSettings): void {
  const figure = buildCurveFigure(settings);
  const slider = widget.part<HTMLInputElement>('rate-slider');
  slider.value = String(nearestStop(settings.learningRate));
  slider.setAttribute('aria-valuetext', String(settings.learningRate));
  widget.root.querySelector<HTMLElement>('[data-field="curvature"]')!.hidden = settings.curve !== 'parabola';
  renderPlot(widget.part('curve-plot'), figure.curveSpec);
  renderPlot(widget.part('loss-plot'), figure.lossSpec);
  const verdict = widget.part('verdict');
  verdict.dataset.regime = figure.report.regime;
  const [word, rest] = splitVerdict(figure.verdict);
  verdict.replaceChildren(Object.assign(document.createElement('strong'), { textContent: word }), rest);
  const end = figure.run.points.length - 1;
  const readout = widget.part('readout');
  readout.dataset.theta = String(figure.run.points[end][0]);
  readout.dataset.loss = String(figure.run.losses[end]);
  readout.dataset.steps = String(end);
  readout.textContent = readoutText(figure.run);
  widget.part('summary').textContent = figure.summary;
}

export default defineView(DescentCurve, (widget) => {
  const { state } = widget;
  const slider = widget.part<HTMLInputElement>('rate-slider');
  slider.addEventListener('input', () => state.update({ learningRate: RATE_STOPS[Number(slider.value)] }, slider));
  widget.part('reset').addEventListener('click', () => state.reset());
  state.onChange((settings) => render(widget, settings));
  // The build drew the page's settings; redraw only for a link that chose others.
  if (state.differsFromPage) render(widget, state.value);
});
