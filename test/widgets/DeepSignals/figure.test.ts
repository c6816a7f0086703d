import { describe, expect, test } from 'vitest';
import { runJob, type SignalsJobResult } from '../../../src/engine/index';
import { formatFactor, layerRows, signalsText } from '../../../components/DeepSignals/figure';
import { DeepSignalsProps, type DeepSignalsSettings } from '../../../components/DeepSignals/schema';
import { buildSignalsSpec } from '../../../components/DeepSignals/signals-spec';

const DEFAULTS = DeepSignalsProps.parse({});

function look(change: Partial<DeepSignalsSettings>) {
  const settings = { ...DEFAULTS, ...change };
  const result = runJob(buildSignalsSpec(settings)) as SignalsJobResult;
  return { settings, result, text: signalsText(settings, result) };
}

describe('DeepSignals verdicts, read from the engine', () => {
  test('the default, tanh with small weights: both vanish about ×0.1 per layer, and 20 steps barely move the loss', () => {
    const { text } = look({});
    expect(text.activations).toBe('Activations vanish, ×0.099 per layer: in layer 10 their std is 9.24 × 10⁻¹¹.');
    expect(text.gradients).toBe('Gradients vanish, ×0.096 per layer on the way down: in layer 1 their std is 3.51 × 10⁻¹⁴.');
    expect(text.training).toBe('After 20 steps (η = 0.1) the loss went from 0.6931 to 0.6926.');
    expect(text.summary).toBe(
      'Inside a network of 10 tanh layers of 100 units, small: normal, std 0.01, seed 1, at the start: ' +
        `${text.activations} ${text.gradients} ${text.training}`,
    );
  });

  test('tanh with weights of std 1 saturates, and the typical gradient vanishes while a few carry a large std', () => {
    const { text } = look({ init: 'unit', steps: 0 });
    expect(text.activations).toMatch(/^Activations saturate: in layer \d+, \d+ % of them sit where tanh is flat/);
    expect(text.gradients).toMatch(/^Most gradients vanish: in layer 1 the median \|∂L\/∂z\| is 1\.\d+ × 10⁻⁶; its std, 3\.\d+, comes from the few units/);
    expect(text.training).toBe('No training steps: both looks are the start.');
  });

  test('ReLU with He weights stays steady; ReLU with Xavier shrinks ×0.72 per layer (1/√2 ≈ 0.71)', () => {
    expect(look({ activation: 'relu', init: 'heNormal', steps: 0 }).text.activations).toBe(
      'Activations stay steady: their std is between 0.7094 and 0.978 in every layer.',
    );
    expect(look({ activation: 'relu', init: 'heNormal', steps: 0 }).text.gradients).toMatch(/^Gradients stay steady on the way down/);
    expect(look({ activation: 'relu', init: 'xavierNormal', steps: 0 }).text.activations).toBe(
      'Activations shrink by ×0.72 per layer: in layer 10 their std is 0.03056.',
    );
  });

  test('ReLU with weights of std 1 explodes ×7.2 per layer (√(n/2) ≈ 7.1), and training at η = 0.1 diverges at once', () => {
    const { text } = look({ activation: 'relu', init: 'unit', steps: 5 });
    expect(text.activations).toBe('Activations explode, ×7.2 per layer: in layer 10 their std is 3.06 × 10⁸.');
    expect(text.training).toMatch(/^Training diverged at step 1: .*; the plots show the start only\.$/);
  });

  test('layerRows gives one row per layer with the four standard deviations in words', () => {
    const { result } = look({ depth: 3, width: 10, steps: 0 });
    const rows = layerRows(result);
    expect(rows.map((row) => row.layer)).toEqual([1, 2, 3]);
    expect(rows[2].cells).toHaveLength(4);
    expect(rows[0].cells[0]).toBe(rows[0].cells[2]);
  });

  test('formatFactor writes two significant digits', () => {
    expect([0.09876, 0.7071, 7.06, 1].map(formatFactor)).toEqual(['0.099', '0.71', '7.1', '1']);
  });
});
