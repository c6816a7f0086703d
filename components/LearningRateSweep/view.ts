/**
 * Browser side of LearningRateSweep: reads the settings, runs the sweep in a Web Worker
 * through the engine's job client (never on this thread), shows progress, and draws the
 * results as they arrive. One `SweepWidget` (and at most one worker) per figure.
 */
import * as Plot from '@observablehq/plot';
import type { JobHandle, SweepReport, SweepRun } from '../../src/engine/index';
import { bindNumberField, showFieldMessage } from '../shared/number-field';
import { startJobWorker, type JobWorker } from '../shared/start-job';
import { readUrlState, writeUrlState, type UrlNote } from '../shared/url-state';
import { formatNumber } from '../DescentCurve/format';
import { describeNetwork, describeSweep, sweepRows } from './figure';
import { curvesPlotOptions, valleyPlotOptions } from './plot-options';
import { LearningRateSweepProps, type LearningRateSweepState } from './schema';
import { parseHiddenText, rateOrderProblem } from './settings-text';
import { buildSweepSpec } from './sweep-spec';

const shape = LearningRateSweepProps.innerType().shape;
const NUMBER_FIELDS = { 'min-rate': 'minRate', 'max-rate': 'maxRate', count: 'count', steps: 'steps', seed: 'seed' } as const;

class SweepWidget {
  private state: LearningRateSweepState;
  private readonly pageState: LearningRateSweepState;
  private worker: JobWorker | null = null;
  private handle: JobHandle | null = null;
  private runs: SweepRun[] = [];
  /** The settings of the sweep last started, to tell whether the figure still shows the current ones. */
  private shownState: LearningRateSweepState | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly namespace: string,
  ) {
    this.pageState = LearningRateSweepProps.parse(JSON.parse(root.dataset.props ?? '{}'));
    const { state, notes } = readUrlState(LearningRateSweepProps, namespace, this.pageState);
    this.state = state;
    this.shownState = this.pageState;
    this.showNotes(notes);
  }

  private part<T extends HTMLElement>(role: string): T {
    const element = this.root.querySelector<T>(`[data-role="${role}"]`);
    if (!element) throw new Error(`LearningRateSweep: the figure has no [data-role="${role}"]`);
    return element;
  }

  start(): void {
    const dataset = this.part<HTMLSelectElement>('dataset');
    dataset.addEventListener('change', () => this.update({ dataset: dataset.value as LearningRateSweepState['dataset'] }));
    const hidden = this.part<HTMLInputElement>('hidden');
    hidden.addEventListener('input', () => {
      const result = parseHiddenText(hidden.value);
      showFieldMessage(hidden, result.ok ? undefined : result.message);
      if (result.ok) this.update({ hidden: result.value });
    });
    for (const [role, key] of Object.entries(NUMBER_FIELDS)) {
      bindNumberField(this.part(role), shape[key], (value) => this.updateNumber(role, key, value));
    }
    this.part('run').addEventListener('click', () => this.run());
    this.part('stop').addEventListener('click', () => this.handle?.stop());
    this.part('new-seed').addEventListener('click', () => {
      this.update({ seed: (this.state.seed + 1) % 1_000_000 });
      this.syncFields();
    });
    this.part('reset').addEventListener('click', () => {
      this.state = this.pageState;
      this.showNotes([]);
      this.syncFields();
      writeUrlState(this.namespace, this.state);
      this.run();
    });
    this.syncFields();
    // A link with other settings than the page's: the build's figure does not match it, so rerun.
    if (JSON.stringify(this.state) !== JSON.stringify(this.pageState)) this.run();
  }

  private updateNumber(role: string, key: (typeof NUMBER_FIELDS)[keyof typeof NUMBER_FIELDS], value: number): void {
    const next = { ...this.state, [key]: value };
    const problem = rateOrderProblem(next.minRate, next.maxRate);
    if (problem) {
      showFieldMessage(this.part(role), problem);
      return;
    }
    this.update({ [key]: value });
  }

  private update(change: Partial<LearningRateSweepState>): void {
    this.state = { ...this.state, ...change };
    writeUrlState(this.namespace, this.state);
    const isStale = JSON.stringify(this.state) !== JSON.stringify(this.shownState);
    this.part('plots').dataset.stale = String(isStale);
    if (isStale && this.handle === null) {
      this.part('status').textContent = 'The settings changed: press Run sweep to train with them.';
    }
  }

  /** Starts a sweep in the worker; a sweep still running is stopped first by the client. */
  private run(): void {
    this.worker ??= startJobWorker((message) => this.finish(message));
    const spec = buildSweepSpec(this.state);
    const state = this.state;
    this.shownState = state;
    const handle = this.worker.client.start(spec);
    this.handle = handle;
    this.runs = [];
    this.root.dataset.sweep = 'running';
    this.part<HTMLButtonElement>('stop').disabled = false;
    const progress = this.part<HTMLProgressElement>('progress');
    progress.max = state.count * state.steps;
    progress.value = 0;
    handle.onProgress((report) => this.progress(report as SweepReport, state));
    handle.done.then(
      (result) => {
        if (this.handle !== handle || result.kind !== 'sweep') return;
        this.runs = [...result.runs];
        const isComplete = this.runs.length === state.count && this.runs.every((run) => run.status !== 'aborted');
        this.draw(spec.learningRates);
        // The live summary changes once per sweep, not once per rate, so screen readers are not flooded.
        this.part('summary').textContent = describeSweep(state, this.runs);
        this.finish(isComplete ? undefined : `stopped after ${this.runs.length} of ${state.count} rates`);
      },
      (error: Error) => {
        if (this.handle === handle) this.finish(`the sweep could not run: ${error.message}`);
      },
    );
  }

  private progress(report: SweepReport, state: LearningRateSweepState): void {
    const lastStep = report.curve.at(-1)?.step ?? 0;
    const lastLoss = report.curve.at(-1)?.loss;
    this.part<HTMLProgressElement>('progress').value = report.runIndex * state.steps + lastStep;
    this.part('status').textContent =
      `training at η = ${formatNumber(report.learningRate)} (rate ${report.runIndex + 1} of ${state.count}), ` +
      `step ${lastStep}${lastLoss === undefined ? '' : `, loss ${formatNumber(lastLoss)}`}`;
    if (report.finished.length > 0) {
      this.runs.push(...report.finished);
      this.draw(buildSweepSpec(state).learningRates);
    }
  }

  private draw(rates: readonly number[]): void {
    this.part('valley-plot').replaceChildren(Plot.plot(valleyPlotOptions(this.runs, rates)));
    this.part('curves-plot').replaceChildren(Plot.plot(curvesPlotOptions(this.runs, rates)));
    const table = this.part('results');
    table.dataset.source = 'worker';
    const rows = sweepRows(this.runs).map((row) => {
      const tr = document.createElement('tr');
      Object.assign(tr.dataset, { rate: String(row.learningRate), finalLoss: String(row.finalLoss), diverged: String(row.hasDiverged) });
      for (const text of [formatNumber(row.learningRate), row.outcome]) tr.appendChild(document.createElement('td')).textContent = text;
      return tr;
    });
    table.querySelector('tbody')?.replaceChildren(...rows);
  }

  /** Ends a sweep: success (no message), stopped, or failed. */
  private finish(message?: string): void {
    this.handle = null;
    this.root.dataset.sweep = message ? 'stopped' : 'done';
    this.part<HTMLButtonElement>('stop').disabled = true;
    const { state } = this;
    if (JSON.stringify(state) !== JSON.stringify(this.shownState)) {
      this.part('status').textContent = `${message ?? 'done'}. The settings changed since: press Run sweep to train with them.`;
      return;
    }
    this.part('plots').dataset.stale = 'false';
    this.part('status').textContent =
      message ?? `${state.count} rates × ${state.steps} steps, network ${describeNetwork(state.hidden)}, seed ${state.seed}`;
  }

  private syncFields(): void {
    this.part<HTMLSelectElement>('dataset').value = this.state.dataset;
    const hidden = this.part<HTMLInputElement>('hidden');
    hidden.value = this.state.hidden.join(', ');
    showFieldMessage(hidden, undefined);
    for (const [role, key] of Object.entries(NUMBER_FIELDS)) {
      const input = this.part<HTMLInputElement>(role);
      input.value = String(this.state[key]);
      showFieldMessage(input, undefined);
    }
  }

  private showNotes(notes: readonly UrlNote[]): void {
    const element = this.part('notes');
    element.textContent = notes.map((note) => note.message).join(' ');
    element.hidden = notes.length === 0;
  }
}

/** Hydrates one LearningRateSweep figure; `namespace` (lrs1, lrs2, …) keys its settings in the URL. */
export function mount(root: HTMLElement, namespace: string): void {
  new SweepWidget(root, namespace).start();
}
