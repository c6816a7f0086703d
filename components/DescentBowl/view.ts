/**
 * Browser side of DescentBowl: reads the controls, asks figure.ts (and through it the engine)
 * for one path per learning rate, and redraws the panels. One `BowlWidget` per figure.
 */
import { pageSettings, part, showUrlNotes } from '../shared/dom';
import { bindNumberField, setFieldValue, showFieldMessage } from '../shared/number-field';
import { renderPlot } from '../shared/render-plot';
import { createUrlWriter, readUrlState, settingsInQuery } from '../shared/url-state';
import { buildBowlFigure, panelReadout } from './figure';
import { panelSpec } from './panel-spec';
import { DescentBowlProps, adaptToSurface, rateStepOf, resolveSettings, type DescentBowlState, type SurfaceName } from './schema';

const shape = DescentBowlProps.shape;
const RATE_SCHEMA = shape.learningRates.unwrap().element;
const [START_X_SCHEMA, START_Y_SCHEMA] = shape.start.unwrap().items;

class BowlWidget {
  private state: DescentBowlState;
  private readonly pageState: DescentBowlState;
  private readonly saveUrl: (state: Record<string, unknown>) => void;

  constructor(
    private readonly root: HTMLElement,
    namespace: string,
  ) {
    this.saveUrl = createUrlWriter(namespace);
    // The page's settings with the surface's defaults filled in, so a note can name them.
    const fromPage = pageSettings(root, DescentBowlProps);
    this.pageState = { ...fromPage, ...resolveSettings(fromPage) } as DescentBowlState;
    const { state, notes } = readUrlState(DescentBowlProps, namespace, this.pageState);
    const rejected = new Set(notes.map((note) => note.key));
    const inLink = settingsInQuery(namespace, window.location.search).filter((key) => !rejected.has(key));
    this.state = adaptToSurface(state, this.pageState, new Set(inLink));
    showUrlNotes(this.root, notes);
  }

  start(): void {
    const surface = part<HTMLSelectElement>(this.root, '[data-role="surface"]');
    surface.addEventListener('change', () => this.switchSurface(surface.value === 'rosenbrock' ? 'rosenbrock' : 'bowl'));
    const momentum = part<HTMLInputElement>(this.root, '[data-role="momentum"]');
    momentum.addEventListener('input', () => this.update({ momentum: Number(momentum.value) }));
    bindNumberField(part(this.root, '[data-role="start-x"]'), START_X_SCHEMA, (x) => this.update({ start: [x, this.settings().start[1]] }, 'start-x'));
    bindNumberField(part(this.root, '[data-role="start-y"]'), START_Y_SCHEMA, (y) => this.update({ start: [this.settings().start[0], y] }, 'start-y'));
    bindNumberField(part(this.root, '[data-role="steps"]'), shape.steps, (steps) => this.update({ steps }, 'steps'));
    part(this.root, '[data-role="reset"]').addEventListener('click', () => {
      this.state = this.pageState;
      showUrlNotes(this.root, []);
      this.saveUrl(this.state);
      this.render();
    });
    this.bindRateFields();
    // The build already drew the page's settings; redraw only for a link that changed them.
    if (JSON.stringify(this.settings()) !== JSON.stringify(resolveSettings(this.pageState))) this.render();
  }

  private settings() {
    return resolveSettings(this.state);
  }

  /** A new surface brings its own rates, start and steps, unless the page chose them for it. */
  private switchSurface(surface: SurfaceName): void {
    const fromPage = surface === this.pageState.surface ? this.pageState : {};
    const { learningRates, start, steps } = fromPage as Partial<DescentBowlState>;
    this.update({ surface, learningRates, start, steps });
  }

  private update(change: Partial<DescentBowlState>, typedIn?: string): void {
    this.state = { ...this.state, ...change };
    this.saveUrl(this.state);
    this.render(typedIn);
  }

  private bindRateFields(): void {
    this.root.querySelectorAll<HTMLInputElement>('[data-role="rate"]').forEach((input, i) => this.bindRateField(input, i));
  }

  private bindRateField(input: HTMLInputElement, index: number): void {
    bindNumberField(input, RATE_SCHEMA, (rate) => {
      const learningRates = [...this.settings().learningRates];
      learningRates[index] = rate;
      this.update({ learningRates }, `rate-${index}`);
    });
  }

  /**
   * Matches the number of panels to the figure's (another surface brings other defaults): drops
   * the extra ones, or copies the first panel the build drew and numbers the copy.
   */
  private ensurePanels(count: number): void {
    const container = part(this.root, '[data-role="panels"]');
    const panels = container.querySelectorAll<HTMLElement>('[data-role="panel"]');
    container.dataset.count = String(count);
    for (let i = count; i < panels.length; i++) panels[i].remove();
    for (let i = panels.length; i < count; i++) {
      const panel = panels[0].cloneNode(true) as HTMLElement;
      const rate = numberPanel(panel, `${this.root.id}-rate-${i + 1}`, i + 1);
      container.append(panel);
      this.bindRateField(rate, i);
    }
  }

  private render(typedIn?: string): void {
    const settings = this.settings();
    const figure = buildBowlFigure(settings);
    const rateStep = rateStepOf(settings.surface);
    this.ensurePanels(figure.panels.length);
    const panelElements = this.root.querySelectorAll<HTMLElement>('[data-role="panel"]');
    figure.panels.forEach((panel, i) => {
      const element = panelElements[i];
      element.dataset.regime = panel.report.regime;
      const rate = part<HTMLInputElement>(element, '[data-role="rate"]');
      rate.step = String(rateStep);
      if (typedIn !== `rate-${i}`) {
        setFieldValue(rate, panel.learningRate);
      }
      part(element, '[data-role="panel-verdict"]').textContent = panel.verdict;
      renderPlot(part(element, '[data-role="panel-plot"]'), panelSpec(figure, panel));
      const last = panel.run.points.length - 1;
      const readout = part(element, '[data-role="panel-readout"]');
      Object.assign(readout.dataset, {
        status: panel.run.status,
        x: String(panel.run.points[last][0]),
        y: String(panel.run.points[last][1]),
        loss: String(panel.run.losses[last]),
        steps: String(last),
      });
      readout.textContent = panelReadout(panel);
    });
    this.syncControls(typedIn);
    part(this.root, '[data-role="summary"]').textContent = figure.summary;
  }

  private syncControls(typedIn?: string): void {
    const settings = this.settings();
    part<HTMLSelectElement>(this.root, '[data-role="surface"]').value = settings.surface;
    const momentum = part<HTMLInputElement>(this.root, '[data-role="momentum"]');
    momentum.value = String(settings.momentum);
    momentum.setAttribute('aria-valuetext', String(settings.momentum));
    part(this.root, '[data-role="momentum-value"]').textContent = `μ = ${settings.momentum}`;
    const fields: Record<string, number> = { 'start-x': settings.start[0], 'start-y': settings.start[1], steps: settings.steps };
    for (const [role, value] of Object.entries(fields)) {
      if (role === typedIn) continue;
      setFieldValue(part<HTMLInputElement>(this.root, `[data-role="${role}"]`), value);
    }
  }
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

/** Hydrates one DescentBowl figure; `namespace` (db1, db2, …) keys its settings in the URL. */
export function mount(root: HTMLElement, namespace: string): void {
  new BowlWidget(root, namespace).start();
}
