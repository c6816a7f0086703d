/**
 * Browser side of SymmetryHeatmap. Run trains in the widget's worker a few steps per display
 * frame (bigger, slower jumps under reduced motion) until Pause or the last step; Step trains
 * STEP_SIZE steps; Perturb nudges every weight at the current step and trains on; Reset goes back
 * to step 0 without the nudge. The step and the perturbation's step are settings, so the URL
 * records them and a link replays the run to the same frame. Changing the network or the data
 * starts again from step 0. The numbers come from symmetry-run.ts; this file wires and draws.
 */
import { defineView, type Widget } from '../shared/define-view';
import { setDisabled } from '../shared/dom';
import { renderPlot } from '../shared/render-plot';
import { EngineWorker } from '../shared/start-job';
import { boundarySpec, circlesOf, readouts, summaryText } from './figure';
import { matrixRowsHtml } from './matrix-html';
import { statusText, READOUT_ROWS, type Activity } from './readout-rows';
import { hiddenRows } from './rows';
import { MAX_STEPS, SymmetryHeatmap, type SymmetryHeatmapSettings } from './schema';
import { advance, frameAt, frameKey, perturb, type SymmetryFrame } from './symmetry-run';
import { Superseded, workerRun } from './worker-run';

type Settings = SymmetryHeatmapSettings;

const STEP_SIZE = 100;
/** Steps per display frame while Run plays; under reduced motion, per jump, one jump every REDUCED_DELAY ms. */
const STRIDE = 50;
const REDUCED_STRIDE = 250;
const REDUCED_DELAY = 700;

/** The settings that define the network and its data; changing one starts again from step 0. */
const PROBLEM_KEYS = ['value', 'activation', 'hiddenUnits', 'learningRate', 'seed'] as const;

class SymmetryView {
  private frame: SymmetryFrame | null = null;
  private key = '';
  private activity: Activity = 'computing';
  /** Bumped by every action, so an older action's pending result is dropped. */
  private generation = 0;
  private readonly worker = new EngineWorker((message) => this.fail(message));
  private readonly run = workerRun(this.worker);

  constructor(private readonly widget: Widget<Settings>) {}

  get settings(): Settings {
    return this.widget.state.value;
  }

  /** The frame the settings name (a link, a Reset, a changed setting). */
  async load(): Promise<void> {
    const settings = this.settings;
    await this.act('computing', async (isCurrent) => {
      const frame = await frameAt(settings, this.run);
      if (isCurrent()) this.accept(frame);
    });
  }

  /** Trains until paused or MAX_STEPS, `count` steps per frame. */
  async play(): Promise<void> {
    const isReduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    await this.act('training', async (isCurrent) => {
      while (this.frame !== null && this.frame.step < MAX_STEPS) {
        const count = Math.min(isReduced ? REDUCED_STRIDE : STRIDE, MAX_STEPS - this.frame.step);
        const next = await advance(this.frame, this.settings, count, this.run);
        if (!isCurrent()) return;
        this.accept(next);
        await new Promise<void>((resolve) => (isReduced ? window.setTimeout(resolve, REDUCED_DELAY) : requestAnimationFrame(() => resolve())));
        if (!isCurrent()) return;
      }
    });
  }

  async step(): Promise<void> {
    await this.act('training', async (isCurrent) => {
      if (this.frame === null) return;
      const next = await advance(this.frame, this.settings, Math.min(STEP_SIZE, MAX_STEPS - this.frame.step), this.run);
      if (isCurrent()) this.accept(next);
    });
  }

  /** Nudges the weights at the current step, then trains on so the rows come apart. */
  async perturb(): Promise<void> {
    let isDone = false;
    await this.act('computing', async (isCurrent) => {
      if (this.frame === null) return;
      const next = await perturb(this.frame, this.settings, this.run);
      if (isCurrent()) this.accept(next);
      isDone = isCurrent();
    });
    if (isDone) await this.play();
  }

  pause(): void {
    this.generation++;
    this.setActivity('paused');
  }

  /** Runs `action` as the one current action; a newer action makes `isCurrent()` false. */
  private async act(activity: Activity, action: (isCurrent: () => boolean) => Promise<void>): Promise<void> {
    const generation = ++this.generation;
    const isCurrent = () => generation === this.generation;
    this.setActivity(activity);
    try {
      await action(isCurrent);
    } catch (error) {
      if (!(error instanceof Superseded) && isCurrent()) this.fail((error as Error).message);
      return;
    }
    if (isCurrent()) this.setActivity('idle');
  }

  /** Shows `frame` and records its step and perturbation in the settings (and so in the URL). */
  private accept(frame: SymmetryFrame): void {
    this.frame = frame;
    this.key = frameKey({ ...this.settings, steps: frame.step, perturbAt: frame.perturbAt });
    // The state's listener (changed) finds the frame's key and draws it.
    this.widget.state.update({ steps: frame.step, perturbAt: frame.perturbAt });
  }

  /** A changed setting: back to step 0 for a new network, the same frame redrawn, or another frame computed. */
  changed(settings: Settings, source: Element | undefined, previous: Settings): void {
    const isNewProblem = PROBLEM_KEYS.some((key) => settings[key] !== previous[key]);
    if (isNewProblem && (settings.steps !== 0 || settings.perturbAt !== undefined)) {
      this.widget.state.update({ steps: 0, perturbAt: undefined }, source);
      return;
    }
    if (frameKey(settings) === this.key) this.render();
    else void this.load();
  }

  render(): void {
    const { widget, frame, settings } = this;
    if (frame === null) return;
    widget.part('matrix-rows').innerHTML = matrixRowsHtml(hiddenRows(frame.network.parameters, settings.hiddenUnits));
    const shown = readouts(frame, settings);
    for (const row of READOUT_ROWS) {
      widget.part(row.key).textContent = shown[row.key];
      widget.root.querySelector<HTMLElement>(`[data-readout="${row.key}"]`)!.hidden = shown[row.key] === '';
    }
    renderPlot(widget.part('plot'), boundarySpec(frame, circlesOf(settings)));
    widget.part('summary').textContent = summaryText(frame, settings);
    this.renderControls();
  }

  private setActivity(activity: Activity): void {
    this.activity = activity;
    this.widget.part('layout').dataset.stale = String(activity === 'computing');
    this.renderControls();
  }

  private fail(message: string): void {
    this.generation++;
    this.setActivity('idle');
    this.widget.part('status').textContent = `The run stopped: ${message}.`;
  }

  private renderControls(): void {
    const { widget, frame, activity } = this;
    if (frame !== null) widget.part('status').textContent = statusText(frame, activity);
    const play = widget.part<HTMLButtonElement>('play');
    play.textContent = activity === 'training' ? 'Pause' : 'Run';
    const isAtEnd = frame === null || frame.step >= MAX_STEPS;
    const isBusy = activity === 'training' || activity === 'computing';
    const changes: [HTMLButtonElement, boolean][] = [
      [play, activity === 'computing' || (!isBusy && isAtEnd)],
      [widget.part<HTMLButtonElement>('advance'), isBusy || isAtEnd],
      // Perturb works mid-run too: the run pauses, takes the nudge and trains on.
      [widget.part<HTMLButtonElement>('perturb'), activity === 'computing' || isAtEnd || frame?.perturbAt !== undefined],
    ];
    // The focused button last: if it becomes disabled, focus moves once, to one that stays enabled (Reset).
    const focused = changes.findIndex(([button]) => button === document.activeElement);
    if (focused >= 0) changes.push(...changes.splice(focused, 1));
    for (const [button, isDisabled] of changes) setDisabled(button, isDisabled);
  }
}

export default defineView(SymmetryHeatmap, (widget) => {
  const view = new SymmetryView(widget);
  let previous = widget.state.value;
  widget.state.onChange((settings, source) => {
    const before = previous;
    previous = settings;
    view.changed(settings, source, before);
  });
  widget.part('play').addEventListener('click', (event) => {
    if ((event.currentTarget as HTMLElement).textContent === 'Pause') view.pause();
    else void view.play();
  });
  widget.part('advance').addEventListener('click', () => void view.step());
  widget.part('perturb').addEventListener('click', () => void view.perturb());
  widget.part('reset').addEventListener('click', () => widget.state.update({ steps: 0, perturbAt: undefined }));
  setDisabled(widget.part<HTMLButtonElement>('reset'), false);
  void view.load();
});
