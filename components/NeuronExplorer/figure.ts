/**
 * What the NeuronExplorer draws for one state: the diagram of the neuron (an SVG string, so the
 * build and the browser print the same markup), the activation plot spec, and the sentence that
 * states the result. Pure presentation: every number comes from the engine's `neuronForward`.
 */
import { neuron } from '../../src/engine/index';
import { formatNumber } from '../shared/format';
import type { PlotSpec } from '../shared/plot-spec';
import type { ExplorerState } from './schema';

type Steps = ReturnType<typeof neuron.neuronForward>;

/** Runs the engine on the state. */
export function computeNeuron(state: ExplorerState): Steps {
  return neuron.neuronForward({ values: state.values, weights: state.weights, bias: state.bias, activation: state.activation });
}

const ROW = 46;
const SUBSCRIPTS = ['₁', '₂', '₃', '₄', '₅'];
const TOP = 28;

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

function label(x: number, y: number, text: string, extra = ''): string {
  return `<text x="${x}" y="${y}" ${extra}>${escapeText(text)}</text>`;
}

/** The neuron as a diagram: x_i ×w_i → a_i rows feeding Σ (+ b) → z → f → y. */
export function diagramSvg(state: ExplorerState, steps: Steps, id: string): string {
  const n = state.inputs;
  const height = TOP + n * ROW + 40;
  const cy = TOP + ((n - 1) * ROW) / 2 + 8;
  const sumX = 308;
  const rows = state.values.map((x, i) => {
    const y = TOP + i * ROW + 8;
    const a = steps.products[i];
    const sign = a < 0 ? 'negative' : 'positive';
    return [
      `<rect x="2" y="${y - 15}" width="84" height="28" rx="6" class="nn-d-box"/>`,
      label(44, y + 5, `x${SUBSCRIPTS[i]} = ${formatNumber(x)}`, 'text-anchor="middle"'),
      `<path d="M86,${y} H162" class="nn-d-edge"/>`,
      label(124, y - 5, `×${formatNumber(state.weights[i])}`, 'text-anchor="middle" class="nn-d-weight"'),
      `<rect x="162" y="${y - 15}" width="96" height="28" rx="6" class="nn-d-box nn-d-${sign}"/>`,
      label(210, y + 5, `a${SUBSCRIPTS[i]} = ${formatNumber(a)}`, 'text-anchor="middle"'),
      `<path d="M258,${y} C274,${y} 274,${cy} ${sumX - 22},${cy}" class="nn-d-edge"/>`,
    ].join('');
  });
  const biasY = height - 12;
  const f = state.activation;
  return [
    `<svg viewBox="0 0 520 ${height}" class="nn-diagram" role="img" aria-label="${escapeText(diagramLabel(state, steps))}">`,
    ...rows,
    `<path d="M${sumX},${biasY - 16} V${cy + 22}" class="nn-d-edge"/>`,
    label(sumX, biasY, `b = ${formatNumber(state.bias)}`, 'text-anchor="middle"'),
    `<circle cx="${sumX}" cy="${cy}" r="22" class="nn-d-node"/>`,
    label(sumX, cy + 7, 'Σ', 'text-anchor="middle" class="nn-d-sigma"'),
    `<path d="M${sumX + 22},${cy} H${sumX + 88}" class="nn-d-edge" marker-end="url(#${id}-arrow)"/>`,
    label(sumX + 55, cy - 9, `z = ${formatNumber(steps.z)}`, 'text-anchor="middle" class="nn-d-small"'),
    `<rect x="${sumX + 92}" y="${cy - 26}" width="118" height="52" rx="8" class="nn-d-box nn-d-output"/>`,
    label(sumX + 151, cy - 6, `f = ${f}`, 'text-anchor="middle" class="nn-d-weight"'),
    label(sumX + 151, cy + 15, `y = ${formatNumber(steps.y)}`, 'text-anchor="middle" class="nn-d-strong"'),
    `<defs><marker id="${id}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" class="nn-d-arrow"/></marker></defs>`,
    '</svg>',
  ].join('');
}

function list(numbers: readonly number[]): string {
  return `(${numbers.map((value) => formatNumber(value)).join(', ')})`;
}

function diagramLabel(state: ExplorerState, steps: Steps): string {
  return `Neuron diagram: inputs x = ${list(state.values)}, weights w = ${list(state.weights)}, products a = ${list(steps.products)}, bias b = ${formatNumber(state.bias)}, sum z = ${formatNumber(steps.z)}, output y = ${formatNumber(steps.y)}.`;
}

/** The sentence under the figure that states what it shows. */
export function summaryText(state: ExplorerState, steps: Steps): string {
  return `The products x·w are ${list(steps.products)}. With the bias ${formatNumber(state.bias)} they sum to z = ${formatNumber(steps.z)}, and ${state.activation}(z) gives the output y = ${formatNumber(steps.y)}.`;
}

/** The activation curve with the current (z, y) marked; the z-range widens to keep z in view. */
export function activationSpec(state: ExplorerState, steps: Steps): PlotSpec {
  const from = Math.min(-5, Math.floor(steps.z) - 1);
  const to = Math.max(5, Math.ceil(steps.z) + 1);
  const { values } = neuron.sampleActivation(state.activation, from, to, 241);
  const ys = values.map(([, y]) => y);
  const low = Math.min(...ys, 0);
  const high = Math.max(...ys, 1);
  const pad = (high - low) * 0.08;
  return {
    width: 520,
    height: 240,
    x: { label: 'z →', domain: [from, to] },
    y: { label: '↑ y', domain: [low - pad, high + pad] },
    marks: [
      { type: 'ruleY', values: [0], color: 'grid', strokeWidth: 1 },
      { type: 'ruleX', values: [0], color: 'grid', strokeWidth: 1 },
      { type: 'line', points: values, color: 'accent', strokeWidth: 2.5 },
      { type: 'segment', from: [steps.z, low - pad], to: [steps.z, steps.y], color: 'accent2', isDashed: true, strokeWidth: 1.5 },
      { type: 'segment', from: [from, steps.y], to: [steps.z, steps.y], color: 'accent2', isDashed: true, strokeWidth: 1.5 },
      { type: 'dots', points: [[steps.z, steps.y]], color: 'accent2', radius: 6 },
      { type: 'text', at: [steps.z, steps.y], text: `(${formatNumber(steps.z)}, ${formatNumber(steps.y)})`, anchor: steps.z > (from + to) / 2 ? 'end' : 'start', dx: steps.z > (from + to) / 2 ? -10 : 10, dy: -12, color: 'text' },
    ],
    ariaLabel: `Plot of the ${state.activation} activation`,
    ariaDescription: `The curve y = ${state.activation}(z) with the current point z = ${formatNumber(steps.z)}, y = ${formatNumber(steps.y)} marked.`,
  };
}
