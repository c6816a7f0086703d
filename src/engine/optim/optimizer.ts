/**
 * What every optimizer shares: the serialisable spec, the `Optimizer` interface
 * and the spec's range checks (the factory is `create-optimizer.ts`). Optimizers
 * update one flat parameter buffer from the matching flat gradient buffer, so a
 * step is one loop over the model.
 */
import { EngineError } from '../errors';
import { describeValue, expectedGot } from '../text/describe-value';

/** Stochastic gradient descent, optionally with momentum (PyTorch's convention). */
export interface SgdSpec {
  readonly kind: 'sgd';
  readonly learningRate: number;
  /** μ in v ← μv + g (default 0: plain gradient descent). */
  readonly momentum?: number;
  /** Nesterov momentum: p ← p − lr (g + μv) (default false). */
  readonly nesterov?: boolean;
  /** λ in g ← g + λp, applied before momentum (default 0). */
  readonly weightDecay?: number;
}

/** RMSProp as in PyTorch, with its momentum and centred options. */
export interface RmsPropSpec {
  readonly kind: 'rmsprop';
  readonly learningRate: number;
  /** Decay α of the running means v and ḡ (default 0.99). */
  readonly alpha?: number;
  /** ε added to √ṽ (default 1e-8). */
  readonly epsilon?: number;
  readonly weightDecay?: number;
  /** μ in b ← μb + g/(√ṽ + ε), p ← p − lr·b (default 0: no buffer, p ← p − lr·g/(√ṽ + ε)). */
  readonly momentum?: number;
  /** Divide by √(v − ḡ²), the gradient's spread, instead of √v (default false). */
  readonly centered?: boolean;
}

/** Adam with bias correction, as in PyTorch. */
export interface AdamSpec {
  readonly kind: 'adam';
  readonly learningRate: number;
  /** Decay of the first moment (default 0.9). */
  readonly beta1?: number;
  /** Decay of the second moment (default 0.999). */
  readonly beta2?: number;
  /** ε added after the square root (default 1e-8). */
  readonly epsilon?: number;
  readonly weightDecay?: number;
}

/** Any optimizer, as plain data. */
export type OptimizerSpec = SgdSpec | RmsPropSpec | AdamSpec;

/** An optimizer with its state (velocities, moments) for one parameter buffer. */
export interface Optimizer {
  readonly spec: OptimizerSpec;
  /** Updates `parameters` in place from `gradients` (same length as at creation). */
  step(parameters: Float64Array, gradients: Float64Array): void;
  /** Forgets the state, as if no step had been taken. */
  reset(): void;
}

/** A copy of `spec` with another learning rate. */
export function withLearningRate<T extends OptimizerSpec>(spec: T, learningRate: number): T {
  return { ...spec, learningRate };
}

/** Throws unless the spec's numbers are in range: `sgd: learningRate: expected a positive number, got 0`. */
export function assertOptimizerSpec(spec: OptimizerSpec): void {
  const check = (field: string, value: number | undefined, isValid: (v: number) => boolean, expected: string) => {
    if (value !== undefined && !(Number.isFinite(value) && isValid(value))) {
      throw new EngineError(spec.kind, expectedGot(field, expected, describeValue(value)));
    }
  };
  check('learningRate', spec.learningRate, (v) => v > 0, 'a positive number');
  check('weightDecay', spec.weightDecay, (v) => v >= 0, 'a number ≥ 0');
  if (spec.kind !== 'adam') check('momentum', spec.momentum, (v) => v >= 0 && v < 1, 'a number in [0, 1)');
  if (spec.kind === 'rmsprop') {
    check('alpha', spec.alpha, (v) => v >= 0 && v < 1, 'a number in [0, 1)');
    assertFlag(spec.kind, 'centered', spec.centered);
  }
  if (spec.kind === 'sgd') assertFlag(spec.kind, 'nesterov', spec.nesterov);
  if (spec.kind === 'adam') {
    check('beta1', spec.beta1, (v) => v >= 0 && v < 1, 'a number in [0, 1)');
    check('beta2', spec.beta2, (v) => v >= 0 && v < 1, 'a number in [0, 1)');
  }
  if (spec.kind !== 'sgd') check('epsilon', spec.epsilon, (v) => v > 0, 'a positive number');
}

/** Specs can arrive from untyped code: a flag must be a real boolean, not "yes" or 1. */
function assertFlag(kind: OptimizerSpec['kind'], field: string, value: unknown): void {
  if (value !== undefined && typeof value !== 'boolean') {
    throw new EngineError(kind, expectedGot(field, 'true or false', describeValue(value)));
  }
}
