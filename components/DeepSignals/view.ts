/**
 * Browser side of DeepSignals: every accepted change of the settings measures the network
 * again in a Web Worker (a new job stops the one before), shows the training's progress on
 * the status line, and draws the engine's statistics when they arrive. Stop ends a long
 * measurement where it is: the second look is then taken after the steps done. The boxes and
 * choices are bound by the shared lifecycle; this file wires Stop, New seed and Reset, and renders.
 */
import type { SignalsJobResult, SignalsReport } from '../../src/engine/index';
import { defineView, type Widget } from '../shared/define-view';
import { setDisabled } from '../shared/dom';
import { JobSession, type JobEnd } from '../shared/job-session';
import { renderPlot } from '../shared/render-plot';
import { nextSeed } from '../shared/seed';
import { EngineWorker } from '../shared/start-job';
import { layerRows, signalsText } from './figure';
import { showsAfter, signalsPlotSpec } from './plot-specs';
import { DeepSignals, type DeepSignalsSettings } from './schema';
import { buildSignalsSpec } from './signals-spec';
import { measuredText, measuringText } from './status-text';

class SignalsFigure {
  private readonly worker = new EngineWorker((message) => this.failed(message));
  private session: JobSession<SignalsReport, SignalsJobResult> | null = null;

  constructor(private readonly widget: Widget<DeepSignalsSettings>) {}

  /** Measures `settings` in the worker; the plots fade until the new numbers arrive. */
  measure(settings: DeepSignalsSettings): void {
    const spec = buildSignalsSpec(settings);
    const session: JobSession<SignalsReport, SignalsJobResult> = new JobSession(() => this.worker.client.start(spec), {
      progress: (report) => session === this.session && this.setStatus(measuringText(settings, report.step)),
      end: (end) => session === this.session && this.ended(settings, end),
    });
    this.session = session;
    this.widget.root.dataset.measure = 'running';
    this.widget.part('plots').dataset.stale = 'true';
    this.setStatus(measuringText(settings, 0));
    setDisabled(this.widget.part<HTMLButtonElement>('stop'), false);
    session.start();
  }

  stop(): void {
    this.session?.stop();
  }

  private ended(settings: DeepSignalsSettings, end: JobEnd<SignalsJobResult>): void {
    setDisabled(this.widget.part<HTMLButtonElement>('stop'), true);
    if (end.kind === 'failed') return this.failed(end.message);
    if (end.kind !== 'finished') return;
    this.draw(settings, end.result);
    this.widget.root.dataset.measure = 'done';
  }

  private draw(settings: DeepSignalsSettings, result: SignalsJobResult): void {
    const { widget } = this;
    renderPlot(widget.part('activations-plot'), signalsPlotSpec(result, 'activations', settings.steps));
    renderPlot(widget.part('gradients-plot'), signalsPlotSpec(result, 'gradients', settings.steps));
    const text = signalsText(settings, result);
    widget.part('verdict-activations').textContent = text.activations;
    widget.part('verdict-gradients').textContent = text.gradients;
    widget.part('training').textContent = text.training;
    widget.part('summary').textContent = text.summary;
    widget.part('legend-after').hidden = !showsAfter(result, settings.steps);
    widget.part('legend-steps').textContent = String(result.training.steps);
    const table = widget.part('layers');
    table.dataset.source = 'worker';
    const rows = layerRows(result).map((row) => {
      const tr = document.createElement('tr');
      const head = tr.appendChild(document.createElement('th'));
      head.scope = 'row';
      head.textContent = String(row.layer);
      for (const cell of row.cells) tr.appendChild(document.createElement('td')).textContent = cell;
      return tr;
    });
    table.querySelector('tbody')?.replaceChildren(...rows);
    widget.part('plots').dataset.stale = 'false';
    this.setStatus(measuredText(settings, result));
  }

  private failed(message: string): void {
    this.widget.root.dataset.measure = 'failed';
    this.setStatus(`The figure could not be measured: ${message}`);
  }

  private setStatus(text: string): void {
    this.widget.part('status').textContent = text;
  }
}

export default defineView(DeepSignals, (widget) => {
  const { state } = widget;
  const figure = new SignalsFigure(widget);
  widget.part('stop').addEventListener('click', () => figure.stop());
  widget.part('new-seed').addEventListener('click', () => state.update({ seed: nextSeed(state.value.seed) }));
  widget.part('reset').addEventListener('click', () => state.reset());
  state.onChange((settings) => figure.measure(settings));
  // The build drew the page's settings; measure again only for a link that chose others.
  if (state.differsFromPage) figure.measure(state.value);
});
