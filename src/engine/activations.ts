/**
 * Elementwise activation functions as plain scalar formulas, shared by the
 * tensor ops, the fast training path and the figures that plot them.
 *
 * Each entry gives the value y = f(z) and the slope dy/dz. The slope takes
 * both z and y, because several are cheapest from the saved output
 * (sigmoid: y(1 − y); tanh: 1 − y²).
 */
import { exp, log, log1p, tanh } from './math/index';

/** Names of the elementwise activations. `step` has no useful slope and is forward-only. */
export type ActivationName =
  | 'identity'
  | 'step'
  | 'relu'
  | 'leakyRelu'
  | 'sigmoid'
  | 'tanh'
  | 'softplus'
  | 'gelu';

/** A scalar activation: its value and its slope. */
export interface ActivationFormula {
  readonly name: ActivationName;
  /** The formula in LaTeX, for captions and docs. */
  readonly latex: string;
  /** y = f(z). */
  value(z: number): number;
  /** dy/dz at z, given y = f(z). */
  slope(z: number, y: number): number;
}

/** Slope of leaky ReLU for z < 0 (PyTorch's default). */
export const LEAKY_RELU_SLOPE = 0.01;

const GELU_C = Math.sqrt(2 / Math.PI);

/** sigmoid(z) = 1 / (1 + e^(−z)), written so that neither branch overflows. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + exp(-z));
  const e = exp(z);
  return e / (1 + e);
}

/** logit(p) = ln(p / (1 − p)), the z at which sigmoid(z) = p, for 0 < p < 1. */
export function logit(p: number): number {
  return log(p / (1 - p));
}

/** softplus(z) = ln(1 + e^z), stable for large |z|. */
export function softplus(z: number): number {
  return Math.max(z, 0) + log1p(exp(-Math.abs(z)));
}

/** GELU, tanh approximation: ½ z (1 + tanh(√(2/π)(z + 0.044715 z³))). */
function gelu(z: number): number {
  return 0.5 * z * (1 + tanh(GELU_C * (z + 0.044715 * z * z * z)));
}

function geluSlope(z: number): number {
  const inner = GELU_C * (z + 0.044715 * z * z * z);
  const t = tanh(inner);
  const sech2 = 1 - t * t;
  // Once tanh saturates the second term is exactly 0; computing it anyway gives z · 0 · ∞ = NaN
  // where z² overflows (|z| past about 1.3e154).
  if (sech2 === 0) return 0.5 * (1 + t);
  const dInner = GELU_C * (1 + 3 * 0.044715 * z * z);
  return 0.5 * (1 + t) + 0.5 * z * sech2 * dInner;
}

/** Every elementwise activation by name. */
export const ACTIVATIONS: Readonly<Record<ActivationName, ActivationFormula>> = {
  identity: { name: 'identity', latex: 'f(z) = z', value: (z) => z, slope: () => 1 },
  step: {
    name: 'step',
    latex: 'f(z) = \\begin{cases} 1 & z \\ge 0 \\\\ 0 & z < 0 \\end{cases}',
    value: (z) => (z >= 0 ? 1 : 0),
    // The step is flat everywhere it is differentiable: gradient descent gets no signal.
    slope: () => 0,
  },
  relu: {
    name: 'relu',
    latex: 'f(z) = \\max(0, z)',
    value: (z) => (z > 0 ? z : 0),
    slope: (z) => (z > 0 ? 1 : 0),
  },
  leakyRelu: {
    name: 'leakyRelu',
    latex: `f(z) = \\max(${LEAKY_RELU_SLOPE} z, z)`,
    value: (z) => (z > 0 ? z : LEAKY_RELU_SLOPE * z),
    slope: (z) => (z > 0 ? 1 : LEAKY_RELU_SLOPE),
  },
  sigmoid: {
    name: 'sigmoid',
    latex: '\\sigma(z) = \\frac{1}{1 + e^{-z}}',
    value: sigmoid,
    slope: (_z, y) => y * (1 - y),
  },
  tanh: {
    name: 'tanh',
    latex: '\\tanh(z) = \\frac{e^{z} - e^{-z}}{e^{z} + e^{-z}}',
    value: tanh,
    slope: (_z, y) => 1 - y * y,
  },
  softplus: {
    name: 'softplus',
    latex: 'f(z) = \\ln(1 + e^{z})',
    value: softplus,
    slope: (z) => sigmoid(z),
  },
  gelu: {
    name: 'gelu',
    latex: 'f(z) = \\tfrac12 z\\bigl(1 + \\tanh(\\sqrt{2/\\pi}\\,(z + 0.044715 z^3))\\bigr)',
    value: gelu,
    slope: (z) => geluSlope(z),
  },
};

/** True when `name` is one of the activation names. */
export function isActivationName(name: string): name is ActivationName {
  return Object.prototype.hasOwnProperty.call(ACTIVATIONS, name);
}
