/**
 * The PerceptronLearner in the browser: Step takes one update, Play runs one pass per tick
 * until the line settles (or MAX_STEPS), Pause stops, Reset starts again from zero with the
 * same seed. Changing the gate, rule, rate or seed resets. The URL records the settings and
 * the step count; reopening the link replays to the same step.
 */
import { neuron } from '../../src/engine/index';
import { describeLine } from '../shared/line-figure';
import { pageSettings, part, showUrlNotes } from '../shared/dom';
import { bindNumberField } from '../shared/number-field';
import { renderPlot } from '../shared/render-plot';
import { createUrlWriter, readUrlState } from '../shared/url-state';
import { isFinished, learnerAt, learnerSpec, readouts, statusText } from './figure';
import { Seed } from '../shared/seed';
import { GATES, LearningRate, PerceptronLearnerState, RULES, type PerceptronLearnerSettings } from './schema';

/** One learner figure on the page; `timer` is set while playing. */
interface Player {
  readonly root: HTMLElement;
  readonly saveUrl: (state: Record<string, unknown>) => void;
  settings: PerceptronLearnerSettings;
  learner: neuron.LearnerState;
  timer: number | null;
}

/** Mounts one learner on its static shell. */
export function mount(root: HTMLElement, namespace: string): void {
  const base = pageSettings(root, PerceptronLearnerState);
  const { state, notes } = readUrlState(PerceptronLearnerState, namespace, base);
  const { steps, ...settings } = state;
  const player: Player = { root, saveUrl: createUrlWriter(namespace), settings, learner: learnerAt(settings, steps), timer: null };
  showUrlNotes(root, notes);
  part<HTMLSelectElement>(root, '[data-role="gate"]').value = settings.gate;
  part<HTMLSelectElement>(root, '[data-role="rule"]').value = settings.rule;
  part<HTMLInputElement>(root, 'input[data-role="learningRate"]').value = String(settings.learningRate);
  part<HTMLInputElement>(root, 'input[data-role="seed"]').value = String(settings.seed);
  wireControls(player);
  render(player, false);
}

function wireControls(player: Player): void {
  const { root } = player;
  const gate = part<HTMLSelectElement>(root, '[data-role="gate"]');
  gate.addEventListener('change', () => restart(player, { gate: GATES.find((name) => name === gate.value) }));
  const rule = part<HTMLSelectElement>(root, '[data-role="rule"]');
  rule.addEventListener('change', () => restart(player, { rule: RULES.find((name) => name === rule.value) }));
  bindNumberField(part(root, 'input[data-role="learningRate"]'), LearningRate, (learningRate) => restart(player, { learningRate }));
  bindNumberField(part(root, 'input[data-role="seed"]'), Seed, (seed) => restart(player, { seed }));
  part(root, '[data-role="play"]').addEventListener('click', () => (player.timer === null ? play(player) : pause(player)));
  part(root, '[data-role="step"]').addEventListener('click', () => {
    pause(player);
    advance(player, 1);
  });
  part(root, '[data-role="reset"]').addEventListener('click', () => restart(player, {}));
  root.querySelectorAll('button').forEach((button) => (button.disabled = false));
}

/** Starts again from zero with changed settings (the seed stays unless changed). */
function restart(player: Player, change: Partial<PerceptronLearnerSettings>): void {
  pause(player);
  const defined = Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined));
  player.settings = { ...player.settings, ...defined };
  player.learner = learnerAt(player.settings, 0);
  render(player);
}

function advance(player: Player, steps: number): void {
  for (let i = 0; i < steps && !isFinished(player.learner); i++) neuron.learnStepInPlace(player.learner);
  render(player);
  if (isFinished(player.learner)) pause(player);
}

function play(player: Player): void {
  if (isFinished(player.learner)) return;
  // Reduced motion: fewer, bigger jumps instead of a running animation.
  const isReduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const passes = isReduced ? 5 : 1;
  const count = player.learner.dataset.count;
  player.timer = window.setInterval(() => advance(player, passes * count), isReduced ? 1000 : 220);
  render(player);
}

function pause(player: Player): void {
  if (player.timer !== null) window.clearInterval(player.timer);
  player.timer = null;
  renderButtons(player);
}

function renderButtons(player: Player): void {
  const play = part<HTMLButtonElement>(player.root, '[data-role="play"]');
  play.textContent = player.timer === null ? 'Play' : 'Pause';
  play.disabled = player.timer === null && isFinished(player.learner);
  part<HTMLButtonElement>(player.root, '[data-role="step"]').disabled = isFinished(player.learner);
}

function render(player: Player, isChange = true): void {
  const { root, learner, settings } = player;
  renderPlot(part(root, '[data-role="plot"]'), learnerSpec(learner));
  const shown = readouts(learner);
  for (const [key, text] of Object.entries(shown)) part(root, `[data-role="${key}"]`).textContent = text;
  part<HTMLElement>(root, '[data-readout="loss"]').hidden = settings.rule === 'perceptron';
  part(root, '[data-role="status"]').textContent = statusText(learner, settings);
  part(root, '[data-role="summary"]').textContent = describeLine(learner.line, learner.dataset);
  renderButtons(player);
  if (isChange) player.saveUrl({ ...settings, steps: learner.steps });
}
