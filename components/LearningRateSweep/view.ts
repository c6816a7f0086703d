/**
 * Browser side of LearningRateSweep: runs the sweep in a Web Worker (never on this thread)
 * through a SweepSession, with pause, resume and stop, shows progress, and draws the results
 * as they arrive. Settings, URL and the plain number boxes are the shared lifecycle's; this
 * file wires the hidden-layers text, the rate range and the buttons.
 */
import { defineView, type Widget } from '../shared/define-view';
import { setDisabled } from '../shared/dom';
import { formatSignificant } from '../shared/format';
import { bindField, bindNumberField, setFieldValue, showFieldMessage } from '../shared/number-field';
import { nextSeed } from '../shared/seed';
import { EngineWorker } from '../shared/start-job';
import { FrameRedraw } from '../shared/frame-redraw';
import { drawResultPart, REDRAW_INTERVAL_MS, RESULT_PARTS, type ResultPart } from './draw-results';
import { describeSweep, finishedText } from './figure';
import { LearningRateSweep, LearningRateSweepProps, type LearningRateSweepSettings } from './schema';
import { parseHiddenText, rateOrderProblem } from './settings-text';
import { buildSweepSpec } from './sweep-spec';
import { SweepSession, type SweepEnd, type SweepProgress } from './sweep-session';

const shape = LearningRateSweepProps.innerType().shape;

class SweepFigure {
  private readonly worker = new EngineWorker((message) => this.ended({ kind: 'failed', message }));
  private session: SweepSession | null = null;
  /** The last progress report of the current sweep: where a pause waits. */
  private lastProgress: SweepProgress | null = null;
  /** The plots and the table, redrawn as rates finish; the status line at every frame. */
  private readonly results = new FrameRedraw<ResultPart>({
    intervals: { valley: REDRAW_INTERVAL_MS, curves: REDRAW_INTERVAL_MS },
    draw: (part) => {
      if (this.session) drawResultPart(this.widget.root, part, this.session.runs, this.session.spec.learningRates);
    },
    isTraining: () => this.session?.isRunning ?? false,
    onFrame: () => this.showProgress(),
  });
  /** The settings the figure shows results for. */
  private shown: LearningRateSweepSettings;

  constructor(private readonly widget: Widget<LearningRateSweepSettings>) {
    this.shown = widget.state.page;
  }

  /** Starts a new sweep; the job client stops one still running, whose reports are then ignored. */
  run(): void {
    const settings = this.widget.state.value;
    const session: SweepSession = new SweepSession(this.worker.client, buildSweepSpec(settings), {
      progress: (progress) => session === this.session && this.progressed(progress),
      end: (end) => session === this.session && this.ended(end),
    });
    this.session = session;
    this.lastProgress = null;
    this.shown = settings;
    const bar = this.widget.part<HTMLProgressElement>('progress');
    bar.max = settings.count * settings.steps;
    bar.value = 0;
    this.resume();
  }

  /** Pause while running; Resume while paused. */
  togglePause(): void {
    if (this.session?.isRunning) this.session.pause();
    else this.resume();
  }

  stop(): void {
    this.session?.stop();
  }

  /** Marks the results as not those of the current settings. */
  settingsChanged(): void {
    const isStale = this.isStale();
    this.widget.part('plots').dataset.stale = String(isStale);
    if (isStale && !this.session?.isRunning) this.setStatus('The settings changed: press Run sweep to train with them.');
  }

  private isStale(): boolean {
    return JSON.stringify(this.widget.state.value) !== JSON.stringify(this.shown);
  }

  private resume(): void {
    if (!this.session) return;
    this.session.start();
    this.widget.root.dataset.sweep = 'running';
    this.widget.part('pause').textContent = 'Pause';
    for (const role of ['pause', 'stop']) setDisabled(this.widget.part<HTMLButtonElement>(role), false);
  }

  /** Progress is shown once per frame, whatever the worker's pace: the latest report wins. */
  private progressed(progress: SweepProgress): void {
    this.lastProgress = progress;
    if (progress.hasNewRuns) this.results.request('valley', 'curves');
    else this.results.request();
  }

  private showProgress(): void {
    const progress = this.lastProgress;
    if (progress === null || !this.session?.isRunning) return;
    const { runIndex, learningRate, step, loss } = progress;
    this.widget.part<HTMLProgressElement>('progress').value = runIndex * this.shown.steps + step;
    this.setStatus(
      `training at η = ${formatSignificant(learningRate)} (rate ${runIndex + 1} of ${this.shown.count}), step ${step}` +
        (loss === undefined ? '' : `, loss ${formatSignificant(loss)}`),
    );
  }

  private draw(): void {
    this.results.flush(...RESULT_PARTS);
  }

  private ended(end: SweepEnd): void {
    const { root } = this.widget;
    const finished = this.session?.runs.length ?? 0;
    this.draw();
    root.dataset.sweep = end.kind;
    const isPaused = end.kind === 'paused';
    this.widget.part('pause').textContent = isPaused ? 'Resume' : 'Pause';
    setDisabled(this.widget.part<HTMLButtonElement>('pause'), !isPaused);
    setDisabled(this.widget.part<HTMLButtonElement>('stop'), !isPaused);
    // The live summary changes once per sweep, not once per rate, so screen readers are not flooded.
    if (end.kind === 'done') {
      this.widget.part('summary').textContent = describeSweep(this.shown, this.session?.runs ?? []);
      // Diverged rates stop early, so the steps counted fall short of the total: a finished sweep is full.
      const bar = this.widget.part<HTMLProgressElement>('progress');
      bar.value = bar.max;
    }
    const messages: Record<SweepEnd['kind'], string> = {
      done: finishedText(this.shown),
      paused: this.pausedText(),
      stopped: `stopped after ${finished} of ${this.shown.count} rates`,
      failed: `the sweep could not run: ${end.kind === 'failed' ? end.message : ''}`,
    };
    const isStale = this.isStale();
    this.widget.part('plots').dataset.stale = String(isStale);
    this.setStatus(isStale ? `${messages[end.kind]}. The settings changed since: press Run sweep to train with them.` : messages[end.kind]);
  }

  /** Where a paused sweep waits: the rate and step that Resume continues from. */
  private pausedText(): string {
    const at = this.lastProgress;
    if (at === null) return `paused before the first step; Resume starts the sweep`;
    return `paused in rate ${at.runIndex + 1} of ${this.shown.count} (η = ${formatSignificant(at.learningRate)}), last recorded step ${at.step}; Resume continues exactly where it stopped`;
  }

  private setStatus(text: string): void {
    this.widget.part('status').textContent = text;
  }
}

/** The boxes the shared binding cannot take: a list typed as text, and the two ends of the rate range (which must stay in order). */
function bindSpecialFields(widget: Widget<LearningRateSweepSettings>): void {
  const { state } = widget;
  const hidden = widget.part<HTMLInputElement>('hidden');
  bindField(hidden, (box) => parseHiddenText(box.value), (sizes) => state.update({ hidden: sizes }, hidden));
  for (const key of ['minRate', 'maxRate'] as const) {
    const box = widget.part<HTMLInputElement>(key);
    bindNumberField(box, shape[key], (rate) => {
      const { minRate, maxRate } = state.value;
      const problem = key === 'minRate' ? rateOrderProblem(rate, maxRate) : rateOrderProblem(minRate, rate);
      if (problem) showFieldMessage(box, problem);
      else state.update({ [key]: rate }, box);
    });
  }
}

function showSpecialFields(widget: Widget<LearningRateSweepSettings>, settings: LearningRateSweepSettings, source: Element | undefined): void {
  const boxes = { hidden: settings.hidden.join(', '), minRate: settings.minRate, maxRate: settings.maxRate };
  for (const [role, value] of Object.entries(boxes)) {
    const box = widget.part<HTMLInputElement>(role);
    if (box !== source) setFieldValue(box, value);
  }
}

export default defineView(LearningRateSweep, (widget) => {
  const { state } = widget;
  const figure = new SweepFigure(widget);
  bindSpecialFields(widget);
  widget.part('run').addEventListener('click', () => figure.run());
  widget.part('pause').addEventListener('click', () => figure.togglePause());
  widget.part('stop').addEventListener('click', () => figure.stop());
  widget.part('new-seed').addEventListener('click', () => state.update({ seed: nextSeed(state.value.seed) }));
  widget.part('reset').addEventListener('click', () => {
    state.reset();
    figure.run();
  });
  state.onChange((settings, source) => {
    showSpecialFields(widget, settings, source);
    figure.settingsChanged();
  });
  showSpecialFields(widget, state.value, undefined);
  // A link with other settings than the page's: the build's figure does not match it, so rerun.
  if (state.differsFromPage) figure.run();
});
