import { expect, test } from 'vitest';
import { MAX_STEPS, SymmetryHeatmap, SymmetryHeatmapProps } from '../../../components/SymmetryHeatmap/schema';
import { decodeUrlState } from '../../../components/shared/url-state';
import { propsError } from '../shared/props-error';

const defaults = SymmetryHeatmapProps.parse({});

test('<SymmetryHeatmap /> defaults to the constant 0.5, tanh, 6 hidden units, η = 0.5, ε = 0.001, seeds 1', () => {
  expect(defaults).toEqual({ value: 0.5, activation: 'tanh', hiddenUnits: 6, learningRate: 0.5, epsilon: 0.001, perturbSeed: 1, seed: 1 });
});

test('<SymmetryHeatmap> explains bad props, every one at once', () => {
  expect(propsError(SymmetryHeatmapProps, 'SymmetryHeatmap', { value: '0.5', activation: 'sigmoid', hiddenUnits: 1, epsilon: 0 })).toMatchInlineSnapshot(`
    "content/chapters/neuron.mdx:12 › SymmetryHeatmap › value: expected a number from -2 to 2, got "0.5" (a string)
      fix: write value={0.5}; quotes make the value text
    content/chapters/neuron.mdx:12 › SymmetryHeatmap › activation: expected one of "tanh", "relu", got "sigmoid" (a string)
    content/chapters/neuron.mdx:12 › SymmetryHeatmap › hiddenUnits: expected an integer from 2 to 10, got 1
    content/chapters/neuron.mdx:12 › SymmetryHeatmap › epsilon: expected a number from 0.000001 to 0.1, got 0"
  `);
  expect(propsError(SymmetryHeatmapProps, 'SymmetryHeatmap', { steps: 10, perturbAt: 0 })).toMatchInlineSnapshot(`
    "content/chapters/neuron.mdx:12 › SymmetryHeatmap › steps: unknown prop
      fix: allowed props are value, activation, hiddenUnits, learningRate, epsilon, perturbSeed, seed
    content/chapters/neuron.mdx:12 › SymmetryHeatmap › perturbAt: unknown prop
      fix: allowed props are value, activation, hiddenUnits, learningRate, epsilon, perturbSeed, seed"
  `);
});

test('SymmetryHeatmap: its settings are the props plus the step (0) and no perturbation, under the prefix sy', () => {
  expect(SymmetryHeatmap.prefix).toBe('sy');
  expect(SymmetryHeatmap.settings.parse({})).toEqual({ ...defaults, steps: 0 });
  expect(SymmetryHeatmap.settings.safeParse({ steps: MAX_STEPS + 1 }).success).toBe(false);
});

test('SymmetryHeatmap URL state: steps and perturbAt come back; a perturbation after the step is refused with a note', () => {
  const base = SymmetryHeatmap.settings.parse({});
  const search = '?sy1.steps=2000&sy1.perturbAt=700&sy1.epsilon=0.01&sy1.perturbSeed=4';
  expect(decodeUrlState(SymmetryHeatmap.settings, 'sy1', search, base).state).toEqual({ ...base, steps: 2000, perturbAt: 700, epsilon: 0.01, perturbSeed: 4 });
  const late = decodeUrlState(SymmetryHeatmap.settings, 'sy1', '?sy1.steps=100&sy1.perturbAt=700', base);
  expect(late.state).toEqual({ ...base, steps: 100 });
  expect(late.notes.map((note) => note.message)).toMatchInlineSnapshot(`
    [
      "the link's setting "perturbAt" does not fit the others: expected a step no later than steps (100), got 700; showing the page's perturbAt",
    ]
  `);
  const bad = decodeUrlState(SymmetryHeatmap.settings, 'sy1', '?sy1.epsilon=-1&sy1.perturbAt=x', base);
  expect(bad.state).toEqual(base);
  expect(bad.notes.map((note) => note.message)).toMatchInlineSnapshot(`
    [
      "the link set epsilon=-1, but it must be a number from 0.000001 to 0.1; showing 0.001",
      "the link set perturbAt=x, but it must be an integer from 0 to 5000; showing the figure's own choice",
    ]
  `);
});
