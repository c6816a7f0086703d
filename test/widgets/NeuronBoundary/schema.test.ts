import { expect, test } from 'vitest';
import { NeuronBoundary, NeuronBoundaryProps } from '../../../components/NeuronBoundary/schema';
import { accuracyText, describeLine, lineSpec } from '../../../components/shared/line-figure';
import { decodeUrlState } from '../../../components/shared/url-state';
import { neuron } from '../../../src/engine/index';
import { propsError } from '../shared/props-error';

test('<NeuronBoundary /> defaults to the blobs with seed 1 and the line x1 − x2 = 0', () => {
  expect(NeuronBoundaryProps.parse({})).toEqual({ dataset: 'blobs', seed: 1, w1: 1, w2: -1, bias: 0 });
});

test('NeuronBoundary is defined with its props under the prefix nb (the URL keys of existing links)', () => {
  expect(NeuronBoundary).toEqual({ name: 'NeuronBoundary', prefix: 'nb', props: NeuronBoundaryProps, settings: NeuronBoundaryProps });
});

test('<NeuronBoundary> explains bad props', () => {
  expect(propsError(NeuronBoundaryProps, 'NeuronBoundary', { dataset: 'xor', seed: -1, w1: '1', bais: 0 })).toMatchInlineSnapshot(`
    "content/chapters/neuron.mdx:12 › NeuronBoundary › dataset: expected one of "blobs", "and", "or", got "xor" (a string)
      fix: did you mean "or"?
    content/chapters/neuron.mdx:12 › NeuronBoundary › seed: expected an integer from 0 to 999999, got -1
    content/chapters/neuron.mdx:12 › NeuronBoundary › w1: expected a number from -10 to 10, got "1" (a string)
      fix: write w1={1}; quotes make the value text
    content/chapters/neuron.mdx:12 › NeuronBoundary › bais: unknown prop
      fix: did you mean bias? allowed props are dataset, seed, w1, w2, bias"
  `);
});

test('NeuronBoundary URL state: a tampered weight falls back with a note', () => {
  const base = NeuronBoundaryProps.parse({ dataset: 'and', w1: 1, w2: 1, bias: -0.5 });
  const { state, notes } = decodeUrlState(NeuronBoundaryProps, 'nb2', '?nb2.bias=-1.5&nb2.w1=NaN&nb2.dataset=or', base);
  expect(state).toEqual({ ...base, bias: -1.5, dataset: 'or' });
  expect(notes).toMatchInlineSnapshot(`
    [
      {
        "key": "w1",
        "message": "the link set w1=NaN, but it must be a number from -10 to 10; showing 1",
      },
    ]
  `);
});

test('line figure: the AND data with the OR line reads 2 of 4, rings two corners and names the line', () => {
  const line = { w1: 1, w2: 1, bias: -0.5 };
  const and = neuron.gateDataset('and');
  expect(accuracyText(line, and)).toBe('2 of 4 points (50 %) on the correct side');
  expect(describeLine(line, and)).toMatchInlineSnapshot(`"The line 1·x₁ + 1·x₂ − 0.5 = 0 splits the plane: the neuron says 1 on the shaded side the arrow points to and 0 on the other. 2 of 4 points (50 %) on the correct side; 2 points are misclassified (ringed). Class 1 points are filled circles, class 0 points are crosses."`);
  const spec = lineSpec(line, and, neuron.neuronDatasetBox('and'));
  const rings = spec.marks.find((mark) => mark.type === 'dots' && mark.color === 'warn');
  expect(rings && rings.type === 'dots' ? rings.points : []).toEqual([[0, 1], [1, 0]]);
});

test('describeLine says there is no line when both weights are 0', () => {
  expect(describeLine({ w1: 0, w2: 0, bias: 0 }, neuron.gateDataset('and'))).toMatchInlineSnapshot(`"With w₁ = w₂ = 0 there is no line: z = b = 0 everywhere, so the neuron says 1 for every point. 1 of 4 points (25 %) on the correct side; 3 points are misclassified (ringed). Class 1 points are filled circles, class 0 points are crosses."`);
});
