import { expect, test } from 'vitest';
import { z } from 'zod';
import { defineWidget } from '../../../components/shared/define-widget';
import { parseChoice } from '../../../components/shared/select-field';
import { setUpWidget } from '../../../components/shared/set-up-widget';

const props = z.object({ curve: z.enum(['parabola', 'hills']).default('parabola'), steps: z.number().int().min(1).max(9).default(3) }).strict();

test('defineWidget keeps name, prefix and props, frozen', () => {
  const widget = defineWidget({ name: 'Sample', prefix: 'sa', props });
  expect(widget).toEqual({ name: 'Sample', prefix: 'sa', props, settings: props });
  expect(Object.isFrozen(widget)).toBe(true);
});

test('defineWidget rejects a name that is no tag and a prefix that is no short lower-case word', () => {
  expect(() => defineWidget({ name: 'sample', prefix: 'sa', props })).toThrow('defineWidget: name: expected a PascalCase tag name such as "DescentCurve", got "sample"');
  expect(() => defineWidget({ name: 'Sample', prefix: 's-1', props })).toThrow('defineWidget: prefix: expected 1 to 6 lower-case letters such as "dc", got "s-1"');
});

test('setUpWidget parses the props with the definition and numbers instances per prefix on one page', () => {
  const widget = defineWidget({ name: 'Sample', prefix: 'sa', props });
  const locals = {};
  expect(setUpWidget(widget, { props: { steps: 5 }, locals })).toEqual({ settings: { curve: 'parabola', steps: 5 }, id: 'sa-1' });
  expect(setUpWidget(widget, { props: {}, locals }).id).toBe('sa-2');
  expect(() => setUpWidget(widget, { props: { __source: 'content/x.mdx:3', steps: 0 }, locals })).toThrow(
    'content/x.mdx:3 › Sample › steps: expected an integer from 1 to 9, got 0',
  );
});

test('parseChoice returns a name of the enum and throws on any other, naming the choices', () => {
  expect(parseChoice('hills', props.shape.curve)).toBe('hills');
  expect(() => parseChoice('valley', props.shape.curve)).toThrow('parseChoice: expected one of "parabola", "hills", got "valley"');
  expect(() => parseChoice('constructor', props.shape.curve)).toThrow('got "constructor"');
});

test('a definition with settings beyond its props: the tag may not set them, the figure starts them at their defaults', () => {
  const settings = props.extend({ moment: z.number().int().min(0).max(9).default(0) });
  const widget = defineWidget({ name: 'Sample', prefix: 'sa', props, settings });
  expect(widget.settings).toBe(settings);
  expect(setUpWidget(widget, { props: { steps: 4 }, locals: {} }).settings).toEqual({ curve: 'parabola', steps: 4, moment: 0 });
  expect(() => setUpWidget(widget, { props: { moment: 3 }, locals: {} })).toThrow('Sample › moment: unknown prop');
  expect(defineWidget({ name: 'Sample', prefix: 'sa', props }).settings).toBe(props);
});
