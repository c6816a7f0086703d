/**
 * Browser side of LearningRateSweep: reads the settings, runs the sweep in a Web Worker
 * through the engine's job client (never on this thread) with pause, resume and stop, shows
 * progress, and draws the results as they arrive. One `SweepWidget` (one worker) per figure.
 */
import { bindNumberField, setFieldValue, showFieldMessage } from '../shared/number-field';
import { pageSettings, part, showUrlNotes } from '../shared/dom';
import { nextSeed } from '../shared/seed';
import { startJobWorker, type JobWorker } from '../shared/start-job';
import { createUrlWriter, readUrlState } from '../shared/url-state';
import { formatSignificant } from '../shared/format';
import { drawResults } from './draw-results';
import { describeSweep, finishedText } from './figure';
import { NUMBER_FIELDS, type NumberFieldKey } from './number-fields';
import { LearningRateSweepProps, type LearningRateSweepState } from './schema';
import { parseHiddenText, rateOrderProblem } from './settings-text';
import { buildSweepSpec } from './sweep-spec';
import { SweepSession, type SweepEnd, type SweepProgress } from './sweep-session';

const shape = LearningRateSweepProps.innerType().shape;

class SweepWidget {
  private state: LearningRateSweepState;
  private readonly pageState: LearningRateSweepState;
  private readonly saveUrl: (state: Record<string, unknown>) => void;
  private worker: JobWorker | null = null;
  private session: SweepSession | null = null;
  /** The last progress report of the current sweep: where a pause waits. */
  private lastProgress: SweepProgress | null = null;
  /** The settings the figure shows results for. */
  private shownState: LearningRateSweepState;

  constructor(
    private readonly root: HTMLElement,
    namespace: string,
  ) {
    this.saveUrl = createUrlWriter(namespace);
    this.pageState = pageSettings(root, LearningRateSweepProps);
    const { state, notes } = readUrlState(LearningRateSweepProps, namespace, this.pageState);
    this.state = state;
    this.shownState = this.pageState;
    showUrlNotes(this.root, notes);
  }

  start(): void {
    const dataset = part<HTMLSelectElement>(this.root, '[data-role="dataset"]');
    dataset.addEventListener('change', () => this.update({ dataset: dataset.value as LearningRateSweepState['dataset'] }));
    const hidden = part<HTMLInputElement>(this.root, '[data-role="hidden"]');
    hidden.addEventListener('input', () => {
      const result = parseHiddenText(hidden.value);
      showFieldMessage(hidden, result.ok ? undefined : result.message);
      if (result.ok) this.update({ hidden: result.value });
    });
    for (const { role, key } of NUMBER_FIELDS) {
      bindNumberField(part(this.root, `[data-role="${role}"]`), shape[key], (value) => this.updateNumber(role, key, value));
    }
    part(this.root, '[data-role="run"]').addEventListener('click', () => this.run());
    part(this.root, '[data-role="pause"]').addEventListener('click', () => {
      if (this.session?.isRunning) this.session.pause();
      else this.resume();
    });
    part(this.root, '[data-role="stop"]').addEventListener('click', () => this.session?.stop());
    part(this.root, '[data-role="new-seed"]').addEventListener('click', () => {
      this.update({ seed: nextSeed(this.state.seed) });
      this.syncFields();
    });
    part(this.root, '[data-role="reset"]').addEventListener('click', () => {
      this.state = this.pageState;
      showUrlNotes(this.root, []);
      this.syncFields();
      this.saveUrl(this.state);
      this.run();
    });
    this.syncFields();
    // A link with other settings than the page's: the build's figure does not match it, so rerun.
    if (JSON.stringify(this.state) !== JSON.stringify(this.pageState)) this.run();
  }

  private updateNumber(role: string, key: NumberFieldKey, value: number): void {
    const problem = rateOrderProblem(key === 'minRate' ? value : this.state.minRate, key === 'maxRate' ? value : this.state.maxRate);
    if (problem) showFieldMessage(part(this.root, `[data-role="${role}"]`), problem);
    else this.update({ [key]: value });
  }

  private update(change: Partial<LearningRateSweepState>): void {
    this.state = { ...this.state, ...change };
    this.saveUrl(this.state);
    const isStale = JSON.stringify(this.state) !== JSON.stringify(this.shownState);
    part(this.root, '[data-role="plots"]').dataset.stale = String(isStale);
    if (isStale && !this.session?.isRunning) this.setStatus('The settings changed: press Run sweep to train with them.');
  }

  /** Starts a new sweep in the worker; the job client stops one still running. */
  private run(): void {
    this.worker ??= startJobWorker((message) => this.ended({ kind: 'failed', message }));
    const state = this.state;
    // Reports of a sweep this figure has since replaced are ignored.
    const session: SweepSession = new SweepSession(this.worker.client, buildSweepSpec(state), {
      progress: (progress) => {
        if (this.session === session) this.progressed(progress);
      },
      end: (end) => {
        if (this.session === session) this.ended(end);
      },
    });
    this.session = session;
    this.lastProgress = null;
    this.shownState = state;
    part<HTMLProgressElement>(this.root, '[data-role="progress"]').max = state.count * state.steps;
    part<HTMLProgressElement>(this.root, '[data-role="progress"]').value = 0;
    this.resume();
  }

  private resume(): void {
    if (!this.session) return;
    this.session.start();
    this.root.dataset.sweep = 'running';
    part(this.root, '[data-role="pause"]').textContent = 'Pause';
    for (const role of ['pause', 'stop']) part<HTMLButtonElement>(this.root, `[data-role="${role}"]`).disabled = false;
  }

  private progressed(progress: SweepProgress): void {
    this.lastProgress = progress;
    const { runIndex, learningRate, step, loss, hasNewRuns } = progress;
    const { steps, count } = this.shownState;
    part<HTMLProgressElement>(this.root, '[data-role="progress"]').value = runIndex * steps + step;
    this.setStatus(
      `training at η = ${formatSignificant(learningRate)} (rate ${runIndex + 1} of ${count}), step ${step}` +
        (loss === undefined ? '' : `, loss ${formatSignificant(loss)}`),
    );
    if (hasNewRuns) this.draw();
  }

  private draw(): void {
    if (this.session) drawResults(this.root, this.session.runs, this.session.spec.learningRates);
  }

  private ended(end: SweepEnd): void {
    const shown = this.shownState;
    const finished = this.session?.runs.length ?? 0;
    this.draw();
    this.root.dataset.sweep = end.kind;
    const isPaused = end.kind === 'paused';
    part(this.root, '[data-role="pause"]').textContent = isPaused ? 'Resume' : 'Pause';
    part<HTMLButtonElement>(this.root, '[data-role="pause"]').disabled = !isPaused;
    part<HTMLButtonElement>(this.root, '[data-role="stop"]').disabled = !isPaused;
    // The live summary changes once per sweep, not once per rate, so screen readers are not flooded.
    if (end.kind === 'done') {
      part(this.root, '[data-role="summary"]').textContent = describeSweep(shown, this.session?.runs ?? []);
      // Diverged rates stop early, so the steps counted fall short of the total: a finished sweep is full.
      const bar = part<HTMLProgressElement>(this.root, '[data-role="progress"]');
      bar.value = bar.max;
    }
    const messages: Record<SweepEnd['kind'], string> = {
      done: finishedText(shown),
      paused: this.pausedText(),
      stopped: `stopped after ${finished} of ${shown.count} rates`,
      failed: `the sweep could not run: ${end.kind === 'failed' ? end.message : ''}`,
    };
    const isStale = JSON.stringify(this.state) !== JSON.stringify(shown);
    part(this.root, '[data-role="plots"]').dataset.stale = String(isStale);
    this.setStatus(isStale ? `${messages[end.kind]}. The settings changed since: press Run sweep to train with them.` : messages[end.kind]);
  }

  /** Where a paused sweep waits: the rate and step that Resume continues from. */
  private pausedText(): string {
    const at = this.lastProgress;
    const count = this.shownState.count;
    if (at === null) return `paused before the first step; Resume starts the sweep`;
    return `paused in rate ${at.runIndex + 1} of ${count} (η = ${formatSignificant(at.learningRate)}), last recorded step ${at.step}; Resume continues exactly where it stopped`;
  }

  private setStatus(text: string): void {
    part(this.root, '[data-role="status"]').textContent = text;
  }

  private syncFields(): void {
    part<HTMLSelectElement>(this.root, '[data-role="dataset"]').value = this.state.dataset;
    setFieldValue(part<HTMLInputElement>(this.root, '[data-role="hidden"]'), this.state.hidden.join(', '));
    for (const { role, key } of NUMBER_FIELDS) {
      setFieldValue(part<HTMLInputElement>(this.root, `[data-role="${role}"]`), this.state[key]);
    }
  }
}

/** Hydrates one LearningRateSweep figure; `namespace` (lrs1, lrs2, …) keys its settings in the URL. */
export function mount(root: HTMLElement, namespace: string): void {
  new SweepWidget(root, namespace).start();
}
