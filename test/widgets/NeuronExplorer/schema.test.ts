import { expect, test } from 'vitest';
import { NeuronExplorerProps, resolveExplorerState } from '../../../components/NeuronExplorer/schema';
import { activationSpec, computeNeuron, diagramSvg, summaryText } from '../../../components/NeuronExplorer/figure';
import { decodeUrlState } from '../../../components/shared/url-state';
import { propsError } from '../shared/props-error';

test('<NeuronExplorer /> defaults to the chapter neuron: 3 inputs, sigmoid, b = 0.5', () => {
  expect(resolveExplorerState(NeuronExplorerProps.parse({}))).toEqual({
    inputs: 3,
    activation: 'sigmoid',
    values: [1, 2, -1],
    weights: [0.4, -0.3, 0.8],
    bias: 0.5,
  });
  expect(resolveExplorerState(NeuronExplorerProps.parse({ inputs: 5 })).values).toEqual([1, 2, -1, 0.5, -2]);
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
  const base = resolveExplorerState(NeuronExplorerProps.parse({}));
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
  const state = resolveExplorerState(NeuronExplorerProps.parse({}));
  const steps = computeNeuron(state);
  expect(summaryText(state, steps)).toMatchInlineSnapshot(`"The products x·w are (0.4, −0.6, −0.8). With the bias 0.5 they sum to z = −0.5, and sigmoid(z) gives the output y = 0.378."`);
  const svg = diagramSvg(state, steps, 'ne-1');
  for (const text of ['−0.6', '−0.8', 'z = −0.5', 'y = 0.378', 'b = 0.5', 'f = sigmoid']) expect(svg).toContain(text);
  expect(svg).toContain('marker-end="url(#ne-1-arrow)"');
});

test('activationSpec widens the z-axis to keep a large z in view', () => {
  const state = { ...resolveExplorerState(NeuronExplorerProps.parse({})), values: [10, 10, 0], weights: [1, 1, 0], activation: 'relu' as const };
  const spec = activationSpec(state, computeNeuron(state));
  // z = 20.5: the axis runs from −5 to ceil(20.5) + 1 = 22, and the y-axis covers relu(22) = 22.
  expect(spec.x?.domain).toEqual([-5, 22]);
  expect(spec.y?.domain?.[1]).toBeGreaterThan(22);
  expect(activationSpec(resolveExplorerState(NeuronExplorerProps.parse({})), computeNeuron(resolveExplorerState(NeuronExplorerProps.parse({})))).x?.domain).toEqual([-5, 5]);
});
