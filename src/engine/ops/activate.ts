/**
 * activate(x, name) applies the elementwise activation called `name`, so a
 * layer can store its activation as a string (serializable) and still reach
 * the tracked op with its backward. A name that is no activation (a typo in a
 * spec read from JSON) is an EngineError, not a lookup of `constructor`.
 */
import { ACTIVATIONS, isActivationName, type ActivationName } from '../activations';
import { EngineError } from '../errors';
import { describeChoices, describeValue, expectedGot } from '../text/describe-value';
import type { Tensor } from '../tensor';
import { gelu } from './gelu';
import { identity } from './identity';
import { leakyRelu } from './leaky-relu';
import { relu } from './relu';
import { sigmoid } from './sigmoid';
import { softplus } from './softplus';
import { step } from './step';
import { tanh } from './tanh';

const BY_NAME: Readonly<Record<ActivationName, (x: Tensor) => Tensor>> = {
  identity,
  step,
  relu,
  leakyRelu,
  sigmoid,
  tanh,
  softplus,
  gelu,
};

/** The tracked elementwise activation `name` applied to x. */
export function activate(x: Tensor, name: ActivationName): Tensor {
  if (typeof name !== 'string' || !isActivationName(name)) {
    throw new EngineError('activate', expectedGot('name', describeChoices(Object.keys(ACTIVATIONS)), describeValue(name)));
  }
  return BY_NAME[name](x);
}
