/** The small multiples of <ActivationPlot />: one spec per activation, and the words for them. */
import { neuron, type ActivationName } from '../../src/engine/index';
import type { PlotSpec } from '../shared/plot-spec';
import type { ActivationPlotSettings } from './schema';

const Z_RANGE = [-4, 4] as const;

/** How the figure names each activation. */
export const DISPLAY_NAMES: Readonly<Record<ActivationName, string>> = {
  step: 'step', sigmoid: 'sigmoid σ', tanh: 'tanh', relu: 'ReLU', identity: 'identity',
  leakyRelu: 'leaky ReLU', softplus: 'softplus', gelu: 'GELU',
};

/** One small plot: f(z) solid, and with `derivatives` the slope f′(z) dashed. */
export function activationPanel(name: ActivationName, hasDerivative: boolean): PlotSpec {
  // An odd count puts a sample exactly at z = 0, where step and ReLU bend.
  const { values, slopes } = neuron.sampleActivation(name, Z_RANGE[0], Z_RANGE[1], 161);
  const ys = [...values, ...(hasDerivative ? slopes : [])].map(([, y]) => y);
  const low = Math.min(-0.25, ...ys);
  const high = Math.max(1.25, ...ys);
  const pad = (high - low) * 0.06;
  return {
    width: 240,
    height: 200,
    margins: { top: 28, right: 10, bottom: 30, left: 34 },
    x: { label: 'z', domain: Z_RANGE, ticks: 5 },
    y: { domain: [low - pad, high + pad], ticks: 5 },
    marks: [
      { type: 'ruleY', values: [0], color: 'grid', strokeWidth: 1 },
      { type: 'ruleX', values: [0], color: 'grid', strokeWidth: 1 },
      ...(hasDerivative ? [{ type: 'line', points: slopes, color: 'accent2', isDashed: true, strokeWidth: 2 } as const] : []),
      { type: 'line', points: values, color: 'accent', strokeWidth: 2.5 },
      { type: 'text', at: [Z_RANGE[0], high + pad], text: DISPLAY_NAMES[name], anchor: 'start', dy: -14, fontSize: 13, color: 'text' },
    ],
    ariaLabel: `${DISPLAY_NAMES[name]}${hasDerivative ? ' and its slope' : ''}`,
  };
}

const SHAPES: Readonly<Record<ActivationName, string>> = {
  step: 'jumps from 0 to 1 at z = 0 and is flat elsewhere, so its slope is 0 wherever it exists',
  sigmoid: 'rises smoothly from 0 to 1 through ½ at z = 0; its slope peaks at ¼ there and fades on both sides',
  tanh: 'rises from −1 to 1 through 0; its slope peaks at 1 at z = 0 and fades on both sides',
  relu: 'is 0 for negative z and z for positive z; its slope is 0 then 1',
  identity: 'is the straight line y = z; its slope is 1 everywhere',
  leakyRelu: 'is 0.01·z for negative z and z for positive z; its slope is 0.01 then 1',
  softplus: 'is a smooth ReLU, ln(1 + e^z); its slope is the sigmoid',
  gelu: 'is close to 0 for very negative z, dips slightly below 0, then follows z; its slope dips slightly below 0 (to −0.13 at z ≈ −1.42), then rises past 1 (to 1.13 at z ≈ 1.42) before settling at 1',
};

/** The text alternative: what each panel shows, in words. */
export function describePanels(settings: ActivationPlotSettings): string {
  const parts = settings.show.map((name) => {
    const sentence = `${DISPLAY_NAMES[name]} ${SHAPES[name]}`;
    return sentence[0].toUpperCase() + sentence.slice(1);
  });
  const intro = settings.derivatives
    ? 'Each panel plots an activation f(z) as a solid line and its slope f′(z) as a dashed line, for z from −4 to 4.'
    : 'Each panel plots an activation f(z) for z from −4 to 4.';
  return `${intro} ${parts.join('. ')}.`;
}
