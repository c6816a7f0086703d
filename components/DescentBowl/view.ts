/**
 * Browser side of DescentBowl: every change of the settings asks figure.ts (and through it
 * the engine) for one path per learning rate and redraws the panels, spread over animation
 * frames (createPainter) so the page never stalls. The surface, momentum and steps are bound
 * by the shared lifecycle; this file wires the start and rate boxes, the defaults a surface
 * brings, Reset, and renders.
 */
import { ContourCache } from '../shared/contour-cache';
import { defineView, type Widget } from '../shared/define-view';
import { part } from '../shared/dom';
import { bindNumberField, setFieldValue, showFieldMessage } from '../shared/number-field';
import { renderPlot } from '../shared/render-plot';
import { buildBowlFigure, drawnPanel, panelReadout, type BowlFigure, type BowlPanel } from './figure';
import { panelSpec } from './panel-spec';
import {
  DescentBowl,
  RATE_SCHEMA,
  START_SCHEMAS,
  adaptToSurface,
  fillSurfaceDefaults,
  rateStepOf,
  resolveSettings,
  surfaceSettings,
  type DescentBowlSettings,
} from './schema';

type BowlWidget = Widget<DescentBowlSettings>;

/** A link to the other surface that leaves out its rates, start or steps gets that surface's own. */
function adoptLinkedSurface({ state }: BowlWidget): void {
  const adapted = adaptToSurface(state.value, state.page, state.fromLink);
  if (adapted !== state.value) state.update(fillSurfaceDefaults(adapted));
}

function bindStartFields(widget: BowlWidget): void {
  const { state } = widget;
  START_SCHEMAS.forEach((schema, axis) => {
    const box = widget.part<HTMLInputElement>(axis === 0 ? 'start-x' : 'start-y');
    bindNumberField(box, schema, (value) => {
      const start = [...resolveSettings(state.value).start] as [number, number];
      start[axis] = value;
      state.update({ start }, box);
    });
  });
}

function bindRateField({ state }: BowlWidget, box: HTMLInputElement, index: number): void {
  bindNumberField(box, RATE_SCHEMA, (rate) => {
    const learningRates = [...resolveSettings(state.value).learningRates];
    learningRates[index] = rate;
    state.update({ learningRates }, box);
  });
}

/** Gives a copied panel's rate box its own id, label and (empty) message; returns the box. */
function numberPanel(panel: HTMLElement, field: string, path: number): HTMLInputElement {
  const label = part<HTMLLabelElement>(panel, 'label');
  label.htmlFor = field;
  label.textContent = `Learning rate, path ${path}`;
  const rate = part<HTMLInputElement>(panel, '[data-role="rate"]');
  rate.id = field;
  rate.setAttribute('aria-describedby', `${field}-message`);
  part(panel, '.nn-field-message').id = `${field}-message`;
  showFieldMessage(rate, undefined);
  return rate;
}

/**
 * Matches the number of panels to the figure's (another surface brings other defaults): drops
 * the extra ones, or copies the first panel the build drew and numbers the copy.
 */
function ensurePanels(widget: BowlWidget, count: number): HTMLElement[] {
  const container = widget.part('panels');
  const panels = [...container.querySelectorAll<HTMLElement>('[data-role="panel"]')];
  container.dataset.count = String(count);
  for (const extra of panels.splice(count)) extra.remove();
  for (let i = panels.length; i < count; i++) {
    const panel = panels[0].cloneNode(true) as HTMLElement;
    container.append(panel);
    panels.push(panel);
    bindRateField(widget, numberPanel(panel, `${widget.root.id}-rate-${i + 1}`, i + 1), i);
  }
  return panels;
}

/** A panel whose plot still shows an older figure. */
interface PlotJob {
  readonly element: HTMLElement;
  readonly figure: BowlFigure;
  readonly panel: BowlPanel;
}

function drawPlot({ element, figure, panel }: PlotJob, contours: ContourCache): void {
  renderPlot(part(element, '[data-role="panel-plot"]'), panelSpec(figure, drawnPanel(figure, panel)), { contours });
}

function renderPanelText(element: HTMLElement, panel: BowlPanel, rateStep: number, source: Element | undefined): void {
  element.dataset.regime = panel.report.regime;
  const rate = part<HTMLInputElement>(element, '[data-role="rate"]');
  rate.step = String(rateStep);
  if (rate !== source) setFieldValue(rate, panel.learningRate);
  part(element, '[data-role="panel-verdict"]').textContent = panel.verdict;
  part(element, '[data-role="panel-detail"]').textContent = panel.detail;
  const last = panel.run.points.length - 1;
  const readout = part<HTMLElement>(element, '[data-role="panel-readout"]');
  Object.assign(readout.dataset, {
    status: panel.run.status,
    x: String(panel.run.points[last][0]),
    y: String(panel.run.points[last][1]),
    loss: String(panel.run.losses[last]),
    steps: String(last),
  });
  readout.textContent = panelReadout(panel);
}

/** Writes every number and sentence of the settings' figure; returns the plots left to draw. */
function renderText(widget: BowlWidget, shown: DescentBowlSettings, source: Element | undefined): PlotJob[] {
  const settings = resolveSettings(shown);
  const figure = buildBowlFigure(settings);
  const panels = ensurePanels(widget, figure.panels.length);
  figure.panels.forEach((panel, i) => renderPanelText(panels[i], panel, rateStepOf(settings.surface), source));
  widget.part('momentum').setAttribute('aria-valuetext', String(settings.momentum));
  widget.part('momentum-value').textContent = `μ = ${settings.momentum}`;
  // The angle and the remedy change the bowl only: Rosenbrock's valley is drawn as it is.
  for (const role of ['angle', 'remedy']) widget.part<HTMLInputElement>(role).disabled = settings.surface === 'rosenbrock';
  settings.start.forEach((value, axis) => {
    const box = widget.part<HTMLInputElement>(axis === 0 ? 'start-x' : 'start-y');
    if (box !== source) setFieldValue(box, value);
  });
  widget.part('summary').textContent = figure.summary;
  return figure.panels.map((panel, i) => ({ element: panels[i], figure, panel }));
}

/**
 * Shows the latest settings one animation frame at a time, so that no frame holds more than one
 * panel's plot: the first frame after a change writes every number and sentence, each next
 * frame draws one more panel. Changes arriving meanwhile (a held arrow key sends
 * dozens a second) share the next frame; the panels still to draw take the newest figure.
 */
function createPainter(widget: BowlWidget): (settings: DescentBowlSettings, source: Element | undefined) => void {
  let next: { settings: DescentBowlSettings; source: Element | undefined } | null = null;
  let plotsToDraw: PlotJob[] = [];
  let isScheduled = false;
  // Every panel shows the same contour lines: traced once per surface, region and size.
  const contours = new ContourCache();
  const frame = (): void => {
    isScheduled = false;
    const job = next ? undefined : plotsToDraw.shift();
    if (next) plotsToDraw = renderText(widget, next.settings, next.source);
    if (job) drawPlot(job, contours);
    next = null;
    if (plotsToDraw.length > 0) schedule();
  };
  const schedule = (): void => {
    if (!isScheduled) requestAnimationFrame(frame);
    isScheduled = true;
  };
  return (settings, source) => {
    next = { settings, source };
    schedule();
  };
}

export default defineView(DescentBowl, (widget) => {
  const { state } = widget;
  const surface = widget.part<HTMLSelectElement>('surface');
  bindStartFields(widget);
  widget.root.querySelectorAll<HTMLInputElement>('[data-role="rate"]').forEach((box, i) => bindRateField(widget, box, i));
  widget.part('reset').addEventListener('click', () => state.reset());
  const redraw = createPainter(widget);
  state.onChange((settings, source) => {
    // A new surface brings its own rates, start and steps (the page's, on the page's surface).
    if (source === surface) state.update(surfaceSettings(settings.surface, state.page));
    else redraw(settings, source);
  });
  adoptLinkedSurface(widget);
  // The build drew the page's settings; redraw only for a link that chose others.
  if (state.differsFromPage) redraw(state.value, undefined);
});
