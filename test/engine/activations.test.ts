import { describe, expect, test } from 'vitest';
import { ACTIVATIONS, isActivationName, logit, sigmoid, softplus } from '../../src/engine/index';

describe('ACTIVATIONS', () => {
  test('values match numbers worked by hand', () => {
    expect(ACTIVATIONS.relu.value(-2)).toBe(0);
    expect(ACTIVATIONS.relu.value(3)).toBe(3);
    expect(ACTIVATIONS.leakyRelu.value(-2)).toBeCloseTo(-0.02, 15);
    expect(ACTIVATIONS.step.value(0)).toBe(1);
    expect(ACTIVATIONS.step.value(-1e-9)).toBe(0);
    expect(sigmoid(0)).toBe(0.5);
    expect(softplus(0)).toBeCloseTo(Math.LN2, 15);
    expect(ACTIVATIONS.gelu.value(1)).toBeCloseTo(0.8411919906082768, 12);
  });

  test('sigmoid and softplus stay finite far from zero', () => {
    expect(sigmoid(-800)).toBe(0);
    expect(sigmoid(800)).toBe(1);
    expect(softplus(800)).toBe(800);
    expect(softplus(-800)).toBe(0);
  });

  test.each(['relu', 'leakyRelu', 'sigmoid', 'tanh', 'softplus', 'gelu', 'identity'] as const)(
    '%s slope agrees with central differences',
    (name) => {
      const f = ACTIVATIONS[name];
      for (const z of [-2.3, -0.7, 0.4, 1.9]) {
        const h = 1e-6;
        const numeric = (f.value(z + h) - f.value(z - h)) / (2 * h);
        const analytic = f.slope(z, f.value(z));
        expect(Math.abs(numeric - analytic) / Math.max(1, Math.abs(analytic))).toBeLessThan(1e-8);
      }
    },
  );

  test('gelu slope is 1 far right and 0 far left, also where z² overflows (no 0 · ∞ = NaN)', () => {
    for (const z of [20, 1e154, 1e200, Number.MAX_VALUE]) expect(ACTIVATIONS.gelu.slope(z, ACTIVATIONS.gelu.value(z))).toBe(1);
    for (const z of [-20, -1e154, -1e200, -Number.MAX_VALUE]) expect(ACTIVATIONS.gelu.slope(z, ACTIVATIONS.gelu.value(z))).toBe(0);
  });

  test('isActivationName accepts known names only', () => {
    expect(isActivationName('tanh')).toBe(true);
    expect(isActivationName('toString')).toBe(false);
    expect(isActivationName('softmax')).toBe(false);
  });
});

test('logit inverts sigmoid: logit(0.9) = ln 9, and sigmoid(logit(p)) = p', () => {
  expect(logit(0.9)).toBeCloseTo(Math.log(9), 15);
  expect(logit(0.5)).toBe(0);
  for (const p of [0.1, 0.25, 0.75, 0.9]) expect(sigmoid(logit(p))).toBeCloseTo(p, 15);
});
