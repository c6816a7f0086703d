/**
 * Claims of the neuron chapter that are not a figure's state, computed with the engine:
 * the two-layer XOR network, the same network without its bends, and the neuron with f(z) = z²
 * that computes XOR (why the impossibility proof needs a monotone, thresholded activation).
 */
import { expect, test } from 'vitest';
import { neuronForward, type NeuronSettings } from '../../../src/engine/neuron/index';

const CORNERS = [[0, 0], [0, 1], [1, 0], [1, 1]] as const;
const XOR = [0, 1, 1, 0];

function unit(values: readonly number[], weights: readonly number[], bias: number, activation: NeuronSettings['activation']): number {
  return neuronForward({ values, weights, bias, activation }).y;
}

test('two step layers compute XOR: h₁ = OR, h₂ = AND, y = step(h₁ − h₂ − 0.5)', () => {
  const outputs = CORNERS.map((x) => {
    const h = [unit(x, [1, 1], -0.5, 'step'), unit(x, [1, 1], -1.5, 'step')];
    return unit(h, [1, -1], -0.5, 'step');
  });
  expect(outputs).toEqual(XOR);
});

test('without the bends (identity hidden units) h₁ − h₂ = 1 at every corner, z = 0.5 and the output says 1 everywhere', () => {
  for (const x of CORNERS) {
    const h = [unit(x, [1, 1], -0.5, 'identity'), unit(x, [1, 1], -1.5, 'identity')];
    expect(h[0] - h[1]).toBe(1);
    const z = neuronForward({ values: h, weights: [1, -1], bias: -0.5, activation: 'step' });
    expect(z.z).toBe(0.5);
    expect(z.y).toBe(1);
  }
});

test('f(z) = z² on z = x₁ − x₂ computes XOR: the impossibility needs an output monotone in z', () => {
  const outputs = CORNERS.map((x) => neuronForward({ values: x, weights: [1, -1], bias: 0, activation: 'identity' }).z ** 2);
  expect(outputs).toEqual(XOR);
});
