/**
 * RMSProp with PyTorch's conventions (no momentum, not centred):
 *   g ← g + λp
 *   v ← αv + (1 − α)g²          running mean of the squared gradient, v starts at 0
 *   p ← p − lr · g / (√v + ε)
 * Defaults α = 0.99, ε = 1e-8. Dividing by √v gives every parameter a step of
 * about lr, whatever the scale of its gradient.
 */
import { assertOptimizerSpec, type Optimizer, type RmsPropSpec } from './optimizer';

/** RMSProp (PyTorch's form). */
export class RmsProp implements Optimizer {
  readonly spec: RmsPropSpec;
  private readonly meanSquare: Float64Array;

  constructor(spec: RmsPropSpec, size: number) {
    assertOptimizerSpec(spec);
    this.spec = spec;
    this.meanSquare = new Float64Array(size);
  }

  step(parameters: Float64Array, gradients: Float64Array): void {
    const learningRate = this.spec.learningRate;
    const alpha = this.spec.alpha ?? 0.99;
    const epsilon = this.spec.epsilon ?? 1e-8;
    const decay = this.spec.weightDecay ?? 0;
    const v = this.meanSquare;
    for (let i = 0; i < parameters.length; i++) {
      const g = gradients[i] + decay * parameters[i];
      v[i] = alpha * v[i] + (1 - alpha) * g * g;
      parameters[i] -= (learningRate * g) / (Math.sqrt(v[i]) + epsilon);
    }
  }

  reset(): void {
    this.meanSquare.fill(0);
  }
}
