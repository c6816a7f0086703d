/**
 * Property tests: parseJobSpec, the check every message to the worker passes. Valid specs with
 * one field replaced by anything (a hostile number, a long text, a Date, a BigInt, a list of
 * lists), removed, or joined by a stray field, and values of any type in place of a spec, give
 * either a spec with finite numbers only or one EngineError from parseJobSpec with a short
 * message — never a TypeError from inside.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { EngineError, parseJobSpec, type JobSpec } from '../../../src/engine/index';
import { LearningRateSweepProps } from '../../../components/LearningRateSweep/schema';
import { buildSweepSpec } from '../../../components/LearningRateSweep/sweep-spec';
import { anyValue, hostileNumber } from './arbitraries';

/** Longest message: it is shown inside a figure that could not run. */
const MAX_MESSAGE = 300;

/** Valid specs that between them reach every field family the parser reads. */
const VALID_SPECS: readonly JobSpec[] = [
  buildSweepSpec(LearningRateSweepProps.parse({})),
  {
    kind: 'train',
    data: { kind: 'points', inputs: [[0, 0], [1, 1], [0, 1]], targets: [0, 1, 2] },
    test: { kind: 'blobs', count: 12, centers: [[0, 0], [2, 2]], std: 0.5, seed: 2 },
    model: { sizes: [2, 3, 3], activations: ['relu', 'identity'], bias: [true, false] },
    init: [{ kind: 'heNormal' }, { kind: 'normal', mean: 0, std: 0.1 }],
    biasInit: { kind: 'constant', value: 0.1 },
    loss: 'softmaxCrossEntropy',
    optimizer: { kind: 'adam', learningRate: 0.01, beta1: 0.9, beta2: 0.999, epsilon: 1e-8, weightDecay: 0 },
    batch: { kind: 'mini', size: 2 },
    epochs: 3,
    seed: 7,
    report: { every: 1, accuracy: true, weights: true, stats: true, boundary: { resolution: 4, extent: [-1, 1, -1, 1] } },
  } as JobSpec,
  {
    kind: 'train',
    data: { kind: 'spirals', count: 20, noise: 0.1, turns: 1.5, seed: 1 },
    model: { sizes: [2, 2, 1], activations: ['tanh', 'sigmoid'] },
    loss: 'bce',
    optimizer: { kind: 'rmsprop', learningRate: 0.01, alpha: 0.99, centered: true },
    batch: { kind: 'sample' },
    steps: 5,
    seed: 1,
    parameters: [0.1, -0.2, 0.3, 0.4, 0, 0, 0.5, -0.5, 0],
    report: { every: 2 },
  } as JobSpec,
];

type Path = readonly (string | number)[];

/** Every path into a plain JSON value, the root included. */
function pathsOf(value: unknown, path: Path = []): Path[] {
  const here: Path[] = [path];
  if (Array.isArray(value)) return here.concat(...value.map((item, i) => pathsOf(item, [...path, i])));
  if (value !== null && typeof value === 'object') return here.concat(...Object.entries(value).map(([key, item]) => pathsOf(item, [...path, key])));
  return here;
}

/** The paths of the objects (not lists, not leaves) in a spec: where a stray field can go. */
function objectPaths(spec: JobSpec): Path[] {
  return pathsOf(spec).filter((path) => {
    const value = path.reduce<unknown>((parent, key) => (parent as Record<string | number, unknown>)[key], spec);
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  });
}

/** A deep copy of `spec` with `change` applied to the value at `path` (and its parent). */
function mutated(spec: JobSpec, path: Path, change: (parent: Record<string | number, unknown>, key: string | number) => void): unknown {
  const copy = structuredClone(spec) as unknown as Record<string | number, unknown>;
  if (path.length === 0) return copy;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  change(parent, path[path.length - 1]);
  return copy;
}

const replacement = fc.oneof(anyValue, hostileNumber, fc.string({ maxLength: 2000 }), fc.integer({ min: -5, max: 5000 }), fc.constantFrom('tanh', 'sgd', 'points', 'full', 'mean'));

/** A valid spec with one field replaced, removed, or joined by a stray field. */
const damagedSpec = fc.constantFrom(...VALID_SPECS).chain((spec) => {
  const paths = pathsOf(spec).filter((path) => path.length > 0);
  return fc.oneof(
    fc.tuple(fc.constantFrom(...paths), replacement).map(([path, value]) => mutated(spec, path, (parent, key) => (parent[key] = value))),
    fc.constantFrom(...paths).map((path) => mutated(spec, path, (parent, key) => delete parent[key])),
    fc
      .tuple(fc.constantFrom(...objectPaths(spec)), fc.oneof(fc.string(), fc.string({ minLength: 100, maxLength: 2000 }), fc.constantFrom('constructor', 'toString', '__proto__')), replacement)
      .map(([path, key, value]) =>
        mutated(spec, [...path, key], (parent) => {
          if (parent !== null && typeof parent === 'object') Object.defineProperty(parent, key, { value, enumerable: true, configurable: true, writable: true });
        }),
      ),
  );
});

/** True when every number anywhere in `value` is finite, and no list has a hole or an undefined item. */
function hasOnlyFiniteNumbers(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return Array.from(value).every((item) => item !== undefined && hasOnlyFiniteNumbers(item));
  if (value !== null && typeof value === 'object') return Object.values(value).every(hasOnlyFiniteNumbers);
  return true;
}

function expectSpecOrEngineError(value: unknown): void {
  let spec: JobSpec;
  try {
    spec = parseJobSpec(value);
  } catch (error) {
    expect(error, String(error)).toBeInstanceOf(EngineError);
    const { message } = error as EngineError;
    expect(message.startsWith('parseJobSpec: '), message).toBe(true);
    expect(message.length, message).toBeLessThanOrEqual(MAX_MESSAGE);
    return;
  }
  expect(hasOnlyFiniteNumbers(spec)).toBe(true);
  expect(parseJobSpec(spec)).toEqual(spec);
}

describe('parseJobSpec', () => {
  test('the valid specs pass as they are', () => {
    for (const spec of VALID_SPECS) expect(parseJobSpec(spec)).toEqual(spec);
  });

  test('a valid spec with one field replaced, removed or added gives a finite spec or a short EngineError', () => {
    fc.assert(fc.property(damagedSpec, expectSpecOrEngineError), { numRuns: 400 });
  });

  test('a value of any type in place of a spec gives a short EngineError', () => {
    fc.assert(fc.property(anyValue, expectSpecOrEngineError), { numRuns: 200 });
  });
});
