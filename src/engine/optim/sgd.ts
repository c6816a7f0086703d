/**
 * Stochastic gradient descent with PyTorch's conventions (dampening 0):
 *   g ← g + λp                  weight decay, before momentum
 *   v ← μv + g                  velocity (v starts at 0, so the first v is g)
 *   p ← p − lr·v                or, with Nesterov, p ← p − lr·(g + μv)
 * With μ = 0 this is plain gradient descent, p ← p − lr·g.
 */
import { assertOptimizerSpec, type Optimizer, type SgdSpec } from './optimizer';

/** SGD with optional momentum, Nesterov momentum and weight decay. */
export class Sgd implements Optimizer {
  readonly spec: SgdSpec;
  private readonly velocity: Float64Array;

  constructor(spec: SgdSpec, size: number) {
    assertOptimizerSpec(spec);
    this.spec = spec;
    this.velocity = new Float64Array(spec.momentum ? size : 0);
  }

  step(parameters: Float64Array, gradients: Float64Array): void {
    const learningRate = this.spec.learningRate;
    const momentum = this.spec.momentum ?? 0;
    const decay = this.spec.weightDecay ?? 0;
    const isNesterov = this.spec.nesterov ?? false;
    const v = this.velocity;
    const n = parameters.length;
    if (momentum === 0) {
      for (let i = 0; i < n; i++) parameters[i] -= learningRate * (gradients[i] + decay * parameters[i]);
      return;
    }
    for (let i = 0; i < n; i++) {
      const g = gradients[i] + decay * parameters[i];
      const velocity = momentum * v[i] + g;
      v[i] = velocity;
      parameters[i] -= learningRate * (isNesterov ? g + momentum * velocity : velocity);
    }
  }

  reset(): void {
    this.velocity.fill(0);
  }
}
