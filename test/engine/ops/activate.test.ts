import { describe, expect, test } from 'vitest';
import { ACTIVATIONS, Tensor, maxRelativeError, ops, type ActivationName } from '../../../src/engine/index';
import { randomTensor } from './helpers';

const TRAINABLE: ActivationName[] = ['identity', 'relu', 'leakyRelu', 'sigmoid', 'tanh', 'softplus', 'gelu'];

describe('activate', () => {
  test.each(TRAINABLE)('activate(x, %s) applies the shared scalar formula and records the op', (name) => {
    const x = Tensor.from([[-1.2, 0.3, 2.5]]).asParameter();
    const y = ops.activate(x, name);
    expect(Array.from(y.data)).toEqual(Array.from(x.data).map(ACTIVATIONS[name].value));
    expect(y.node?.op).toBe(name);
  });

  test.each(TRAINABLE)('activate(x, %s) backward agrees with central differences', (name) => {
    expect(maxRelativeError((t) => ops.activate(t, name), randomTensor([3, 3], 44, true))).toBeLessThan(1e-6);
  });

  test('activate(x, name) throws for a name that is no activation, Object properties included', () => {
    const x = Tensor.from([[1]]);
    expect(() => ops.activate(x, 'constructor' as ActivationName)).toThrowErrorMatchingInlineSnapshot(`[EngineError: activate: name: expected one of "identity", "step", "relu", "leakyRelu", "sigmoid", "tanh", "softplus", "gelu", got "constructor" (a string)]`);
    expect(() => ops.activate(x, Object.create(null) as ActivationName)).toThrowErrorMatchingInlineSnapshot(`[EngineError: activate: name: expected one of "identity", "step", "relu", "leakyRelu", "sigmoid", "tanh", "softplus", "gelu", got an object]`);
  });

  test('activate(x, step) is the forward-only step', () => {
    expect(ops.activate(Tensor.from([[-1, 1]]), 'step').toArray()).toEqual([[0, 1]]);
  });
});
