/**
 * What DeepSignals says about a look inside the network: a verdict on the activations and one
 * on the gradients (read from the engine's per-layer statistics), the sentence on the training
 * between the two looks, the text alternative, and the table of numbers. Pure, so Vitest checks
 * it and the build says the same as the browser.
 */
import { factorPerLayer, type LayerSignals, type SignalsJobResult } from '../../src/engine/index';
import { formatPercent, formatSignificant } from '../shared/format';
import type { DeepSignalsSettings } from './schema';
import { ACTIVATION_LABELS, INIT_LABELS, LEARNING_RATE } from './signals-spec';

/** Above this share of saturated units in a layer, its activations are said to saturate. */
const SATURATED = 0.5;
/** A per-layer factor within 5 % of 1 is "steady"; beyond ×2 or ÷2 it vanishes or explodes. */
const STEADY = 1.05;
const FAST = 2;

/** A per-layer factor in two significant digits: "0.1", "0.71", "7.1". */
export function formatFactor(factor: number): string {
  return String(Number(factor.toPrecision(2)));
}

/** How a size changes per layer, in words: "vanish, ×0.1 per layer" or "stay steady". */
function trendWords(factor: number): string | undefined {
  if (!Number.isFinite(factor)) return undefined;
  if (factor < 1 / FAST) return `vanish, ×${formatFactor(factor)} per layer`;
  if (factor < 1 / STEADY) return `shrink by ×${formatFactor(factor)} per layer`;
  if (factor <= STEADY) return undefined;
  if (factor <= FAST) return `grow by ×${formatFactor(factor)} per layer`;
  return `explode, ×${formatFactor(factor)} per layer`;
}

/** The layer with the most saturated units, if more than half of its units are. */
export function mostSaturated(look: readonly LayerSignals[]): LayerSignals | undefined {
  const worst = look.reduce((a, b) => (b.saturatedFraction > a.saturatedFraction ? b : a));
  return worst.saturatedFraction > SATURATED ? worst : undefined;
}

/** The verdict on the activations, from the input side up. */
export function activationsVerdict(look: readonly LayerSignals[], activation: DeepSignalsSettings['activation']): string {
  const saturated = mostSaturated(look);
  if (saturated) {
    return `Activations saturate: in layer ${saturated.layer}, ${formatPercent(saturated.saturatedFraction, 0)} of them sit where ${ACTIVATION_LABELS[activation]} is flat, so almost no gradient passes back through them.`;
  }
  const stds = look.map((layer) => layer.activations.std);
  const words = trendWords(factorPerLayer(stds));
  const last = look[look.length - 1];
  if (words === undefined) {
    return `Activations stay steady: their std is between ${formatSignificant(Math.min(...stds))} and ${formatSignificant(Math.max(...stds))} in every layer.`;
  }
  return `Activations ${words}: in layer ${last.layer} their std is ${formatSignificant(last.activations.std)}.`;
}

/** The verdict on the gradients dL/dz, read from the output down to layer 1. */
export function gradientsVerdict(look: readonly LayerSignals[]): string {
  const first = look[0];
  if (mostSaturated(look)) {
    return `Most gradients vanish: in layer 1 the median |∂L/∂z| is ${formatSignificant(first.gradients.spread[2])}; its std, ${formatSignificant(first.gradients.std)}, comes from the few units that are not saturated.`;
  }
  const stds = look.map((layer) => layer.gradients.std);
  const words = trendWords(factorPerLayer([...stds].reverse()));
  if (words === undefined) {
    return `Gradients stay steady on the way down: their std is between ${formatSignificant(Math.min(...stds))} and ${formatSignificant(Math.max(...stds))} in every layer.`;
  }
  return `Gradients ${words} on the way down: in layer 1 their std is ${formatSignificant(first.gradients.std)}.`;
}

/** What the training between the two looks did. */
export function trainingSentence(result: SignalsJobResult, steps: number): string {
  const { training } = result;
  if (steps === 0) return 'No training steps: both looks are the start.';
  if (training.divergence) return `Training ${training.divergence.message}; the plots show the start only.`;
  const loss = `the loss went from ${formatSignificant(result.startLoss)} to ${formatSignificant(training.finalLoss)}`;
  if (training.status === 'aborted') return `Stopped after ${training.steps} of ${steps} steps (η = ${LEARNING_RATE}): ${loss}.`;
  return `After ${training.steps} steps (η = ${LEARNING_RATE}) ${loss}.`;
}

/** "10 tanh layers of 100 units, small: normal, std 0.01, seed 1". */
export function describeNetwork(state: DeepSignalsSettings): string {
  return `${state.depth} ${ACTIVATION_LABELS[state.activation]} layers of ${state.width} units, ${INIT_LABELS[state.init]}, seed ${state.seed}`;
}

/** Everything the figure says in words. */
export interface SignalsText {
  readonly activations: string;
  readonly gradients: string;
  readonly training: string;
  /** The text alternative. */
  readonly summary: string;
}

/** The figure's sentences for a finished job. */
export function signalsText(state: DeepSignalsSettings, result: SignalsJobResult): SignalsText {
  const activations = activationsVerdict(result.atStart, state.activation);
  const gradients = gradientsVerdict(result.atStart);
  const training = trainingSentence(result, state.steps);
  const summary = `Inside a network of ${describeNetwork(state)}, at the start: ${activations} ${gradients} ${training}`;
  return { activations, gradients, training, summary };
}

/** One row of the table of numbers: a layer's std of a and of ∂L/∂z, at the start and after the steps. */
export interface LayerRow {
  readonly layer: number;
  readonly cells: readonly string[];
}

/** The table's rows, one per layer. */
export function layerRows(result: SignalsJobResult): LayerRow[] {
  return result.atStart.map((start, i) => {
    const after = result.after[i];
    const values = [start.activations.std, start.gradients.std, after.activations.std, after.gradients.std];
    return { layer: start.layer, cells: values.map(formatSignificant) };
  });
}
