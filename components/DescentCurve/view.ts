/**
 * Browser side of DescentCurve: reads the controls, asks figure.ts (and through it the
 * engine) for the walk, and redraws. One `CurveWidget` per figure on the page.
 */
import { bindNumberField, showFieldMessage } from '../shared/number-field';
import { renderPlot } from '../shared/render-plot';
import { readUrlState, writeUrlState, type UrlNote } from '../shared/url-state';
import { buildCurveFigure } from './figure';
import { RATE_STOPS, formatNumber, nearestStop } from './format';
import { DescentCurveProps, type DescentCurveState } from './schema';

class CurveWidget {
  private state: DescentCurveState;
  private readonly pageState: DescentCurveState;

  constructor(
    private readonly root: HTMLElement,
    private readonly namespace: string,
  ) {
    this.pageState = DescentCurveProps.parse(JSON.parse(root.dataset.props ?? '{}'));
    const { state, notes } = readUrlState(DescentCurveProps, namespace, this.pageState);
    this.state = state;
    this.showNotes(notes);
  }

  private part<T extends HTMLElement>(role: string): T {
    const element = this.root.querySelector<T>(`[data-role="${role}"]`);
    if (!element) throw new Error(`DescentCurve: the figure has no [data-role="${role}"]`);
    return element;
  }

  start(): void {
    const shape = DescentCurveProps.shape;
    const curve = this.part<HTMLSelectElement>('curve');
    curve.addEventListener('change', () => this.update({ curve: curve.value === 'hills' ? 'hills' : 'parabola' }));
    const slider = this.part<HTMLInputElement>('rate-slider');
    slider.addEventListener('input', () => this.update({ learningRate: RATE_STOPS[Number(slider.value)] }));
    bindNumberField(this.part('rate'), shape.learningRate, (learningRate) => this.update({ learningRate }, 'rate'));
    bindNumberField(this.part('start'), shape.start, (start) => this.update({ start }, 'start'));
    bindNumberField(this.part('steps'), shape.steps, (steps) => this.update({ steps }, 'steps'));
    bindNumberField(this.part('curvature'), shape.curvature, (curvature) => this.update({ curvature }, 'curvature'));
    this.part('reset').addEventListener('click', () => {
      this.showNotes([]);
      this.state = this.pageState;
      writeUrlState(this.namespace, this.state);
      this.render();
    });
    // The build already drew the page's settings; redraw only for a link that changed them.
    if (JSON.stringify(this.state) !== JSON.stringify(this.pageState)) this.render();
  }

  /** Applies a change, records it in the URL and redraws; `typedIn` is the field being edited, left alone. */
  private update(change: Partial<DescentCurveState>, typedIn?: string): void {
    this.state = { ...this.state, ...change };
    writeUrlState(this.namespace, this.state);
    this.render(typedIn);
  }

  private render(typedIn?: string): void {
    const { state } = this;
    const figure = buildCurveFigure(state);
    this.syncControls(typedIn);
    renderPlot(this.part('curve-plot'), figure.curveSpec);
    renderPlot(this.part('loss-plot'), figure.lossSpec);
    const verdict = this.part('verdict');
    verdict.dataset.regime = figure.report.regime;
    const [word, ...rest] = figure.verdict.split(':');
    const strong = document.createElement('strong');
    strong.textContent = word;
    verdict.replaceChildren(strong, rest.length > 0 ? `:${rest.join(':')}` : '');
    const end = figure.run.points.length - 1;
    const readout = this.part('readout');
    readout.dataset.theta = String(figure.run.points[end][0]);
    readout.dataset.loss = String(figure.run.losses[end]);
    readout.dataset.steps = String(end);
    readout.textContent =
      `after ${end} steps: θ = ${formatNumber(figure.run.points[end][0])}, loss = ${formatNumber(figure.run.losses[end])}`;
    this.part('summary').textContent = figure.summary;
  }

  /** Puts the state into every control except the one the reader is typing in. */
  private syncControls(typedIn?: string): void {
    const { state } = this;
    this.part<HTMLSelectElement>('curve').value = state.curve;
    const slider = this.part<HTMLInputElement>('rate-slider');
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
      const input = this.part<HTMLInputElement>(role);
      input.value = String(value);
      showFieldMessage(input, undefined);
    }
    this.part('curvature-field').hidden = state.curve !== 'parabola';
  }

  private showNotes(notes: readonly UrlNote[]): void {
    const element = this.part('notes');
    element.textContent = notes.map((note) => note.message).join(' ');
    element.hidden = notes.length === 0;
  }
}

/** Hydrates one DescentCurve figure; `namespace` (dc1, dc2, …) keys its settings in the URL. */
export function mount(root: HTMLElement, namespace: string): void {
  new CurveWidget(root, namespace).start();
}
