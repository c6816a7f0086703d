/** Builds the optimizer a spec describes, with state for `size` parameters. */
import { Adam } from './adam';
import type { Optimizer, OptimizerSpec } from './optimizer';
import { RmsProp } from './rmsprop';
import { Sgd } from './sgd';

/** The optimizer for `spec`, sized for a parameter buffer of `size` numbers. */
export function createOptimizer(spec: OptimizerSpec, size: number): Optimizer {
  switch (spec.kind) {
    case 'sgd':
      return new Sgd(spec, size);
    case 'rmsprop':
      return new RmsProp(spec, size);
    case 'adam':
      return new Adam(spec, size);
  }
}
