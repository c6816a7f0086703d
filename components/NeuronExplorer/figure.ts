/**
 * What the NeuronExplorer draws for its settings: the diagram of the neuron (an SVG string, so the
 * build and the browser print the same markup), the activation plot spec, and the sentence that
 * states the result. Pure presentation: every number comes from the engine's `neuronForward`.
 */
import { neuron } from '../../src/engine/index';
import { formatNumber } from '../shared/format';
import type { PlotSpec } from '../shared/plot-spec';
import type { ResolvedExplorerSettings } from './schema';

type Steps = ReturnType<typeof neuron.neuronForward>;

/** Runs the engine on the settings. */
export function computeNeuron(settings: ResolvedExplorerSettings): Steps {
  const { values, weights, bias, activation } = settings;
  return neuron.neuronForward({ values, weights, bias, activation });
}

const ROW = 40;
const TOP = 34;
const SUM_X = 236;

/**
 * Escapes text for SVG markup, in element content and in a double-quoted attribute (the
 * aria-label, the marker id): the view writes the diagram with innerHTML.
 */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

function label(x: number, y: number, text: string, extra = ''): string {
  return `<text x="${x}" y="${y}" text-anchor="middle" ${extra}>${escapeText(text)}</text>`;
}

/** One input's row: the box x_i, the edge ×w_i, the box a_i, and the curve into the sum. */
function inputRow(x: number, w: number, a: number, y: number, cy: number): string {
  return [
    `<rect x="2" y="${y - 14}" width="62" height="28" rx="6" class="nn-d-box"/>`,
    label(33, y + 5, formatNumber(x)),
    `<path d="M64,${y} H120" class="nn-d-edge"/>`,
    label(92, y - 5, `×${formatNumber(w)}`, 'class="nn-d-small"'),
    `<rect x="120" y="${y - 14}" width="70" height="28" rx="6" class="nn-d-box nn-d-${a < 0 ? 'negative' : 'positive'}"/>`,
    label(155, y + 5, formatNumber(a)),
    `<path d="M190,${y} C204,${y} 204,${cy} ${SUM_X - 20},${cy}" class="nn-d-edge"/>`,
  ].join('');
}

/** The neuron as a diagram: rows x_i ×w_i → a_i feeding Σ (+ b), then z → f → y. */
export function diagramSvg(settings: ResolvedExplorerSettings, steps: Steps, id: string): string {
  const n = settings.inputs;
  const height = TOP + n * ROW + 34;
  const cy = TOP + ((n - 1) * ROW) / 2;
  const biasY = height - 8;
  const rows = settings.values.map((x, i) => inputRow(x, settings.weights[i], steps.products[i], TOP + i * ROW, cy));
  return [
    `<svg viewBox="0 0 412 ${height}" class="nn-diagram" role="img" aria-label="${escapeText(diagramLabel(settings, steps))}">`,
    `<defs><marker id="${escapeText(id)}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" class="nn-d-arrow"/></marker></defs>`,
    label(33, 12, 'xᵢ', 'class="nn-d-head"'),
    label(92, 12, 'wᵢ', 'class="nn-d-head"'),
    label(155, 12, 'aᵢ = xᵢ·wᵢ', 'class="nn-d-head"'),
    ...rows,
    `<path d="M${SUM_X},${biasY - 16} V${cy + 20}" class="nn-d-edge"/>`,
    label(SUM_X, biasY, `b = ${formatNumber(settings.bias)}`),
    `<circle cx="${SUM_X}" cy="${cy}" r="20" class="nn-d-node"/>`,
    label(SUM_X, cy + 7, 'Σ', 'class="nn-d-sigma"'),
    `<path d="M${SUM_X + 20},${cy} H${SUM_X + 50}" class="nn-d-edge" marker-end="url(#${escapeText(id)}-arrow)"/>`,
    `<rect x="${SUM_X + 54}" y="${cy - 34}" width="118" height="68" rx="8" class="nn-d-box nn-d-output"/>`,
    label(SUM_X + 113, cy - 14, `z = ${formatNumber(steps.z)}`, 'class="nn-d-small"'),
    label(SUM_X + 113, cy + 4, `f = ${settings.activation}`, 'class="nn-d-small nn-d-muted"'),
    label(SUM_X + 113, cy + 24, `y = ${formatNumber(steps.y)}`, 'class="nn-d-strong"'),
    '</svg>',
  ].join('');
}

function list(numbers: readonly number[]): string {
  return `(${numbers.map((value) => formatNumber(value)).join(', ')})`;
}

function diagramLabel(settings: ResolvedExplorerSettings, steps: Steps): string {
  return `Neuron diagram: inputs x = ${list(settings.values)}, weights w = ${list(settings.weights)}, products a = ${list(steps.products)}, bias b = ${formatNumber(settings.bias)}, sum z = ${formatNumber(steps.z)}, output y = ${formatNumber(steps.y)}.`;
}

/** The sentence under the figure that states what it shows. */
export function summaryText(settings: ResolvedExplorerSettings, steps: Steps): string {
  return `The products x·w are ${list(steps.products)}. With the bias ${formatNumber(settings.bias)} they sum to z = ${formatNumber(steps.z)}, and ${settings.activation}(z) gives the output y = ${formatNumber(steps.y)}.`;
}

/** The activation curve with the current (z, y) marked; the z-range widens to keep z in view. */
export function activationSpec(settings: ResolvedExplorerSettings, steps: Steps): PlotSpec {
  const from = Math.min(-5, Math.floor(steps.z) - 1);
  const to = Math.max(5, Math.ceil(steps.z) + 1);
  const { values } = neuron.sampleActivation(settings.activation, from, to, 241);
  const ys = values.map(([, y]) => y);
  const low = Math.min(...ys, 0);
  const high = Math.max(...ys, 1);
  const pad = (high - low) * 0.08;
  return {
    width: 420,
    height: 230,
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
    ariaLabel: `Plot of the ${settings.activation} activation`,
    ariaDescription: `The curve y = ${settings.activation}(z) with the current point z = ${formatNumber(steps.z)}, y = ${formatNumber(steps.y)} marked.`,
  };
}
