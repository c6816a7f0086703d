/**
 * Browser side of PerceptronLearner: Step takes one update, Play runs one pass per tick until
 * the line settles (or MAX_STEPS), Pause stops, Reset goes back to step 0 with the same
 * settings and seed. The step count is one of the settings, so the URL records it and a link
 * replays to it. Gate, rule, rate and seed are bound by the shared lifecycle; changing any of
 * them starts again from step 0. This file wires the buttons and renders.
 */
import { neuron } from '../../src/engine/index';
import { defineView, type Widget } from '../shared/define-view';
import { setDisabled } from '../shared/dom';
import { describeLine } from '../shared/line-figure';
import { renderPlot } from '../shared/render-plot';
import { isFinished, learnerAt, learnerSpec, readouts, statusText } from './figure';
import { PerceptronLearner, type PerceptronLearnerSettings } from './schema';

/** What the figure runs: the learner (built for `settings`, at their step count) and Play's timer while it plays. */
interface Run {
  settings: PerceptronLearnerSettings;
  learner: neuron.LearnerState;
  timer: number | null;
  /** A link's step count past where the learner settled, until the reader changes something. */
  asked?: number;
}

/** The settings that define the learning problem; any other change (the step count) keeps the learner. */
const PROBLEM_KEYS = ['gate', 'rule', 'learningRate', 'seed'] as const;

function isSameProblem(a: PerceptronLearnerSettings, b: PerceptronLearnerSettings): boolean {
  return PROBLEM_KEYS.every((key) => a[key] === b[key]);
}

function renderButtons(widget: Widget<PerceptronLearnerSettings>, run: Run): void {
  const play = widget.part<HTMLButtonElement>('play');
  const step = widget.part<HTMLButtonElement>('step');
  const isDone = isFinished(run.learner);
  play.textContent = run.timer === null ? 'Play' : 'Pause';
  const changes: [HTMLButtonElement, boolean][] = [[play, run.timer === null && isDone], [step, isDone]];
  // The focused button last: if it becomes disabled, focus moves once, to a button that stays enabled (Reset).
  if (document.activeElement === play) changes.reverse();
  for (const [button, isDisabled] of changes) setDisabled(button, isDisabled);
}

function render(widget: Widget<PerceptronLearnerSettings>, run: Run): void {
  const { learner, settings } = run;
  renderPlot(widget.part('plot'), learnerSpec(learner));
  for (const [key, text] of Object.entries(readouts(learner))) widget.part(key).textContent = text;
  widget.root.querySelector<HTMLElement>('[data-readout="loss"]')!.hidden = settings.rule === 'perceptron';
  widget.part('status').textContent = statusText(learner, settings, run.asked);
  widget.part('summary').textContent = describeLine(learner.line, learner.dataset);
  renderButtons(widget, run);
}

/** Wires Play, Step and Reset; every step taken is written to the settings, which redraw. */
function wireButtons(widget: Widget<PerceptronLearnerSettings>, run: Run, pause: () => void): void {
  const { state } = widget;
  const advance = (count: number): void => {
    for (let i = 0; i < count && !isFinished(run.learner); i++) neuron.learnStepInPlace(run.learner);
    state.update({ steps: run.learner.steps });
    if (isFinished(run.learner)) pause();
  };
  const play = (): void => {
    if (isFinished(run.learner)) return;
    // Reduced motion: fewer, bigger jumps instead of a running animation.
    const isReduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const count = (isReduced ? 5 : 1) * run.learner.dataset.count;
    run.timer = window.setInterval(() => advance(count), isReduced ? 1000 : 220);
    renderButtons(widget, run);
  };
  widget.part('play').addEventListener('click', () => (run.timer === null ? play() : pause()));
  widget.part('step').addEventListener('click', () => {
    pause();
    advance(1);
  });
  widget.part('reset').addEventListener('click', () => {
    pause();
    state.update({ steps: 0 });
  });
  setDisabled(widget.part('reset'), false);
}

export default defineView(PerceptronLearner, (widget) => {
  const { state } = widget;
  const run: Run = { settings: state.value, learner: learnerAt(state.value, state.value.steps), timer: null };
  const pause = (): void => {
    if (run.timer !== null) window.clearInterval(run.timer);
    run.timer = null;
    renderButtons(widget, run);
  };
  wireButtons(widget, run, pause);
  // A link's steps past the settling step show the settling step, and the URL is corrected to it.
  const asked = state.value.steps > run.learner.steps ? state.value.steps : undefined;
  state.onChange((settings, source) => {
    run.asked = undefined;
    const isNewProblem = !isSameProblem(settings, run.settings);
    if (isNewProblem && settings.steps !== 0) {
      // A new problem starts again from step 0 (this update redraws); the control typed in keeps its text.
      state.update({ steps: 0 }, source);
      return;
    }
    if (isNewProblem || settings.steps !== run.learner.steps) {
      pause();
      run.learner = learnerAt(settings, settings.steps);
    }
    run.settings = settings;
    render(widget, run);
  });
  if (asked !== undefined) state.update({ steps: run.learner.steps });
  run.asked = asked;
  // The build drew the page's settings at step 0; redraw only for a link that chose others.
  if (state.differsFromPage) render(widget, run);
  else renderButtons(widget, run);
});
