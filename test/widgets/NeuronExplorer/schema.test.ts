import { expect, test } from 'vitest';
import { NeuronExplorerProps, explorerRows, resolveExplorerSettings, showRows } from '../../../components/NeuronExplorer/schema';
import { activationSpec, computeNeuron, diagramSvg, summaryText } from '../../../components/NeuronExplorer/figure';
import { decodeUrlState } from '../../../components/shared/url-state';
import { propsError } from '../shared/props-error';

test('<NeuronExplorer /> defaults to the chapter neuron: 3 inputs, sigmoid, b = 0.5', () => {
  expect(resolveExplorerSettings(NeuronExplorerProps.parse({}))).toEqual({
    inputs: 3,
    activation: 'sigmoid',
    values: [1, 2, -1],
    weights: [0.4, -0.3, 0.8],
    bias: 0.5,
  });
  expect(resolveExplorerSettings(NeuronExplorerProps.parse({ inputs: 5 })).values).toEqual([1, 2, -1, 0.5, -2]);
});

test('<NeuronExplorer> explains every bad prop at once', () => {
  expect(propsError(NeuronExplorerProps, 'NeuronExplorer', { inputs: 7, activation: 'softmax', bias: '0.5', weight: [1] }))
    .toMatchInlineSnapshot(`
      "content/chapters/neuron.mdx:12 › NeuronExplorer › inputs: expected an integer from 2 to 5, got 7
      content/chapters/neuron.mdx:12 › NeuronExplorer › activation: expected one of "step", "sigmoid", "tanh", "relu", "identity", got "softmax" (a string)
      content/chapters/neuron.mdx:12 › NeuronExplorer › bias: expected a number from -10 to 10, got "0.5" (a string)
        fix: write bias={0.5}; quotes make the value text
      content/chapters/neuron.mdx:12 › NeuronExplorer › weight: unknown prop
        fix: did you mean weights? allowed props are inputs, activation, values, weights, bias"
    `);
  expect(propsError(NeuronExplorerProps, 'NeuronExplorer', { inputs: 2, values: [1, 2, 3] })).toMatchInlineSnapshot(`"content/chapters/neuron.mdx:12 › NeuronExplorer › values: expected 2 values (one per input, as inputs={2}), got 3"`);
  expect(propsError(NeuronExplorerProps, 'NeuronExplorer', { weights: [0.4, 20, 0.8] })).toMatchInlineSnapshot(`"content/chapters/neuron.mdx:12 › NeuronExplorer › weights[1]: expected a number from -10 to 10, got 20"`);
});

test('NeuronExplorer URL state: lists come back as numbers; a list of the wrong length is dropped with a note', () => {
  const base = resolveExplorerSettings(NeuronExplorerProps.parse({}));
  const good = decodeUrlState(NeuronExplorerProps, 'ne1', '?ne1.inputs=2&ne1.values=3,-1&ne1.weights=0.5,2&ne1.activation=relu', base);
  expect(good).toEqual({ state: { ...base, inputs: 2, values: [3, -1], weights: [0.5, 2], activation: 'relu' }, notes: [] });
  const bad = decodeUrlState(NeuronExplorerProps, 'ne1', '?ne1.values=1,2', base);
  expect(bad.state).toEqual(base);
  expect(bad.notes.map((note) => note.message)).toMatchInlineSnapshot(`
    [
      "the link's setting "values" does not fit the others: expected 3 values (one per input, as inputs={3}), got 2; showing the page's values",
    ]
  `);
});

test('NeuronExplorer figure: the summary and the diagram print the engine numbers of the chapter example', () => {
  const state = resolveExplorerSettings(NeuronExplorerProps.parse({}));
  const steps = computeNeuron(state);
  expect(summaryText(state, steps)).toMatchInlineSnapshot(`"The products x·w are (0.4, −0.6, −0.8). With the bias 0.5 they sum to z = −0.5, and sigmoid(z) gives the output y = 0.378."`);
  const svg = diagramSvg(state, steps, 'ne-1');
  for (const text of ['−0.6', '−0.8', 'z = −0.5', 'y = 0.378', 'b = 0.5', 'f = sigmoid']) expect(svg).toContain(text);
  expect(svg).toContain('marker-end="url(#ne-1-arrow)"');
});

test('activationSpec widens the z-axis to keep a large z in view', () => {
  const state = { ...resolveExplorerSettings(NeuronExplorerProps.parse({})), values: [10, 10, 0], weights: [1, 1, 0], activation: 'relu' as const };
  const spec = activationSpec(state, computeNeuron(state));
  // z = 20.5: the axis runs from −5 to ceil(20.5) + 1 = 22, and the y-axis covers relu(22) = 22.
  expect(spec.x?.domain).toEqual([-5, 22]);
  expect(spec.y?.domain?.[1]).toBeGreaterThan(22);
  expect(activationSpec(resolveExplorerSettings(NeuronExplorerProps.parse({})), computeNeuron(resolveExplorerSettings(NeuronExplorerProps.parse({})))).x?.domain).toEqual([-5, 5]);
});

test('NeuronExplorer figure: the chapter neuron with b = 1 and the step sums to exactly 0, and step(0) = 1', () => {
  const settings = resolveExplorerSettings(NeuronExplorerProps.parse({ bias: 1, activation: 'step' }));
  const steps = computeNeuron(settings);
  expect(steps.z).toBe(0);
  expect(steps.y).toBe(1);
  expect(summaryText(settings, steps)).toMatchInlineSnapshot(`"The products x·w are (0.4, −0.6, −0.8). With the bias 1 they sum to z = 0, and step(z) gives the output y = 1."`);
  expect(diagramSvg(settings, steps, 'ne-1')).toContain('y = 1');
});

test('explorerRows fills all five rows: the settings first, then the rows before, then the defaults', () => {
  const twoInputs = NeuronExplorerProps.parse({ inputs: 2, values: [3, -1], weights: [0.5, 2] });
  expect(explorerRows(twoInputs)).toEqual({ values: [3, -1, -1, 0.5, -2], weights: [0.5, 2, 0.8, 0.5, -0.2] });
  const before = { values: [9, 9, 9, 9, 9], weights: [8, 8, 8, 8, 8] };
  expect(explorerRows(twoInputs, before)).toEqual({ values: [3, -1, 9, 9, 9], weights: [0.5, 2, 8, 8, 8] });
  // Without lists the settings show the defaults' first entries.
  expect(explorerRows(NeuronExplorerProps.parse({}), before).values).toEqual([1, 2, -1, 9, 9]);
});

test('showRows gives the count and both lists cut to it, a change the schema accepts', () => {
  const rows = { values: [1, 2, -1, 0.5, -2], weights: [0.4, -0.3, 0.8, 0.5, -0.2] };
  const change = showRows(rows, 4);
  expect(change).toEqual({ inputs: 4, values: [1, 2, -1, 0.5], weights: [0.4, -0.3, 0.8, 0.5] });
  // The page's three-entry lists plus inputs 4 alone would break the one-per-input rule.
  const page = resolveExplorerSettings(NeuronExplorerProps.parse({}));
  expect(NeuronExplorerProps.safeParse({ ...page, inputs: 4 }).success).toBe(false);
  expect(NeuronExplorerProps.safeParse({ ...page, ...change }).success).toBe(true);
});
