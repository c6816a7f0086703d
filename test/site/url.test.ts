import { expect, test } from 'vitest';
import { normalizeBase, withBase } from '../../src/site/url';

test('normalizeBase gives one leading and one trailing slash', () => {
  expect(normalizeBase(undefined)).toBe('/');
  expect(normalizeBase('')).toBe('/');
  expect(normalizeBase('/')).toBe('/');
  expect(normalizeBase('course')).toBe('/course/');
  expect(normalizeBase('/course')).toBe('/course/');
  expect(normalizeBase('//deep/course//')).toBe('/deep/course/');
});

test('withBase joins site paths onto the base without doubling slashes', () => {
  expect(withBase('/', '/neuron/')).toBe('/neuron/');
  expect(withBase('/course/', '/neuron/#bias')).toBe('/course/neuron/#bias');
  expect(withBase('/course', 'neuron/')).toBe('/course/neuron/');
  expect(withBase('/course/', '/')).toBe('/course/');
});
