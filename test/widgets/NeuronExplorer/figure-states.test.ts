/**
 * The NeuronExplorer states the chapter's prompts promise, computed by the engine: the default
 * neuron, bias 1 (z exactly 0, so sigmoid gives ½ and step gives 1, as the chapter states
 * step(0) = 1, although float64 leaves the sum at −1.1e−16), w₂ = 0, and the other activations.
 */
import { expect, test } from 'vitest';
import { NeuronExplorerProps, resolveExplorerSettings } from '../../../components/NeuronExplorer/schema';
import { computeNeuron, summaryText } from '../../../components/NeuronExplorer/figure';

function at(props: Record<string, unknown>) {
  const settings = resolveExplorerSettings(NeuronExplorerProps.parse({ inputs: 3, activation: 'sigmoid', values: [1, 2, -1], weights: [0.4, -0.3, 0.8], bias: 0.5, ...props }));
  const steps = computeNeuron(settings);
  return { steps, summary: summaryText(settings, steps) };
}

test('the chapter neuron by default: z = −0.5, y = σ(−0.5) = 0.378', () => {
  const { steps, summary } = at({});
  expect(steps.z).toBeCloseTo(-0.5, 12);
  expect(steps.y).toBeCloseTo(1 / (1 + Math.exp(0.5)), 15);
  expect(summary).toBe('The products x·w are (0.4, −0.6, −0.8). With the bias 0.5 they sum to z = −0.5, and sigmoid(z) gives the output y = 0.378.');
});

test('bias 1: the float64 sum is −1.1e−16, but z is 0 exactly, so σ(0) = ½ and step(0) = 1', () => {
  expect(1 + 0.4 - 0.6 - 0.8).not.toBe(0); // the rounding the snap removes (the engine adds from the bias)
  expect(at({ bias: 1 }).steps.z).toBe(0);
  expect(at({ bias: 1 }).steps.y).toBe(0.5);
  expect(at({ bias: 1 }).summary).toContain('they sum to z = 0, and sigmoid(z) gives the output y = 0.5');
  expect(at({ bias: 1, activation: 'step' }).steps.y).toBe(1);
  expect(at({ bias: 1, activation: 'step' }).summary).toContain('they sum to z = 0, and step(z) gives the output y = 1.');
  // Just below 0 the step says 0: the snap decides only float noise, not a real negative sum.
  expect(at({ bias: 0.999, activation: 'step' }).steps.y).toBe(0);
});

test('w₂ = 0: z = 0.1 and y = 0.525 whatever x₂ is', () => {
  for (const x2 of [2, 5, -7]) {
    const { steps, summary } = at({ weights: [0.4, 0, 0.8], values: [1, x2, -1] });
    expect(steps.z).toBeCloseTo(0.1, 12);
    expect(summary).toContain('they sum to z = 0.1, and sigmoid(z) gives the output y = 0.525');
  }
});

test('the same z = −0.5 through the other activations: step 0, relu 0, tanh −0.462, identity −0.5', () => {
  expect(at({ activation: 'step' }).summary).toContain('step(z) gives the output y = 0.');
  expect(at({ activation: 'relu' }).summary).toContain('relu(z) gives the output y = 0.');
  expect(at({ activation: 'tanh' }).summary).toContain('tanh(z) gives the output y = −0.462.');
  expect(at({ activation: 'identity' }).summary).toContain('identity(z) gives the output y = −0.5.');
});
