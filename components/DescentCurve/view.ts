/**
 * Browser side of DescentCurve: reads the controls, asks figure.ts (and through it the
 * engine) for the walk, and redraws. One `CurveWidget` per figure on the page.
 */
import { bindNumberField, setFieldValue } from '../shared/number-field';
import { pageSettings, part, showUrlNotes } from '../shared/dom';
import { renderPlot } from '../shared/render-plot';
import { createUrlWriter, readUrlState } from '../shared/url-state';
import { buildCurveFigure, readoutText, splitVerdict } from './figure';
import { RATE_STOPS, nearestStop } from './rate-stops';
import { DescentCurveProps, type DescentCurveState } from './schema';

class CurveWidget {
  private state: DescentCurveState;
  private readonly pageState: DescentCurveState;
  private readonly saveUrl: (state: Record<string, unknown>) => void;

  constructor(
    private readonly root: HTMLElement,
    namespace: string,
  ) {
    this.saveUrl = createUrlWriter(namespace);
    this.pageState = pageSettings(root, DescentCurveProps);
    const { state, notes } = readUrlState(DescentCurveProps, namespace, this.pageState);
    this.state = state;
    showUrlNotes(this.root, notes);
  }

  start(): void {
    const shape = DescentCurveProps.shape;
    const curve = part<HTMLSelectElement>(this.root, '[data-role="curve"]');
    curve.addEventListener('change', () => this.update({ curve: curve.value === 'hills' ? 'hills' : 'parabola' }));
    const slider = part<HTMLInputElement>(this.root, '[data-role="rate-slider"]');
    slider.addEventListener('input', () => this.update({ learningRate: RATE_STOPS[Number(slider.value)] }));
    bindNumberField(part(this.root, '[data-role="rate"]'), shape.learningRate, (learningRate) => this.update({ learningRate }, 'rate'));
    bindNumberField(part(this.root, '[data-role="start"]'), shape.start, (start) => this.update({ start }, 'start'));
    bindNumberField(part(this.root, '[data-role="steps"]'), shape.steps, (steps) => this.update({ steps }, 'steps'));
    bindNumberField(part(this.root, '[data-role="curvature"]'), shape.curvature, (curvature) => this.update({ curvature }, 'curvature'));
    part(this.root, '[data-role="reset"]').addEventListener('click', () => {
      showUrlNotes(this.root, []);
      this.state = this.pageState;
      this.saveUrl(this.state);
      this.render();
    });
    // The build already drew the page's settings; redraw only for a link that changed them.
    if (JSON.stringify(this.state) !== JSON.stringify(this.pageState)) this.render();
  }

  /** Applies a change, records it in the URL and redraws; `typedIn` is the field being edited, left alone. */
  private update(change: Partial<DescentCurveState>, typedIn?: string): void {
    this.state = { ...this.state, ...change };
    this.saveUrl(this.state);
    this.render(typedIn);
  }

  private render(typedIn?: string): void {
    const { state } = this;
    const figure = buildCurveFigure(state);
    this.syncControls(typedIn);
    renderPlot(part(this.root, '[data-role="curve-plot"]'), figure.curveSpec);
    renderPlot(part(this.root, '[data-role="loss-plot"]'), figure.lossSpec);
    const verdict = part(this.root, '[data-role="verdict"]');
    verdict.dataset.regime = figure.report.regime;
    const [word, rest] = splitVerdict(figure.verdict);
    const strong = document.createElement('strong');
    strong.textContent = word;
    verdict.replaceChildren(strong, rest);
    const end = figure.run.points.length - 1;
    const readout = part(this.root, '[data-role="readout"]');
    readout.dataset.theta = String(figure.run.points[end][0]);
    readout.dataset.loss = String(figure.run.losses[end]);
    readout.dataset.steps = String(end);
    readout.textContent = readoutText(figure.run);
    part(this.root, '[data-role="summary"]').textContent = figure.summary;
  }

  /** Puts the state into every control except the one the reader is typing in. */
  private syncControls(typedIn?: string): void {
    const { state } = this;
    part<HTMLSelectElement>(this.root, '[data-role="curve"]').value = state.curve;
    const slider = part<HTMLInputElement>(this.root, '[data-role="rate-slider"]');
    slider.value = String(nearestStop(state.learningRate));
    slider.setAttribute('aria-valuetext', String(state.learningRate));
    const fields: Record<string, number> = {
      rate: state.learningRate,
      start: state.start,
      steps: state.steps,
      curvature: state.curvature,
    };
    for (const [role, value] of Object.entries(fields)) {
      if (role === typedIn) continue;
      setFieldValue(part<HTMLInputElement>(this.root, `[data-role="${role}"]`), value);
    }
    part(this.root, '[data-field="curvature"]').hidden = state.curve !== 'parabola';
  }
}

/** Hydrates one DescentCurve figure; `namespace` (dc1, dc2, …) keys its settings in the URL. */
export function mount(root: HTMLElement, namespace: string): void {
  new CurveWidget(root, namespace).start();
}
