import { expect, test } from 'vitest';
import { tryLink } from '../../../components/Try/try-link';

test('a prompt becomes a link to its figure in the stated state', () => {
  expect(tryLink({ figure: 'dc2', set: { learningRate: 2.1, steps: 40 }, see: 'diverges' }, '/learning-rate/')).toEqual({
    href: '?dc2.learningRate=2.1&dc2.steps=40#dc-2',
    query: 'dc2.learningRate=2.1&dc2.steps=40',
    figureId: 'dc-2',
  });
});

test('a prompt that names no widget, a setting the widget lacks or a bad value fails the build, saying what was expected', () => {
  const where = '/learning-rate/';
  expect(() => tryLink({ figure: 'dc', set: { steps: 4 }, see: 'x' }, where)).toThrow(
    '<Try> on /learning-rate/: figure: expected a figure\'s URL namespace such as "dc2", got "dc"',
  );
  expect(() => tryLink({ figure: 'zz1', set: { steps: 4 }, see: 'x' }, where)).toThrow(/figure: no widget has the prefix "zz"; expected one of ne \(NeuronExplorer\)/);
  expect(() => tryLink({ figure: 'dc1', set: { stepz: 4 }, see: 'x' }, where)).toThrow(/set\.stepz: DescentCurve has no setting "stepz"; expected one of .*steps/);
  expect(() => tryLink({ figure: 'dc1', set: { steps: -4 }, see: 'x' }, where)).toThrow(/set\.steps: expected .*, got -4/);
  expect(() => tryLink({ figure: 'dc1', set: {}, see: 'x' }, where)).toThrow(/set: expected at least one setting of DescentCurve/);
  expect(() => tryLink({ figure: 'dc1', set: { steps: 4 }, see: ' ' }, where)).toThrow(/see: expected the text the figure then shows/);
  expect(() => tryLink({ figure: 'dc1', set: { steps: 4 }, see: 'x', press: '' }, where)).toThrow(/press: expected a button's name/);
});
