/**
 * RMSProp with PyTorch's conventions (`torch.optim.RMSprop`):
 *   g ← g + λp                      weight decay
 *   v ← αv + (1 − α)g²              running mean of the squared gradient
 *   centred:  ḡ ← αḡ + (1 − α)g     running mean of the gradient
 *             ṽ = v − ḡ²            (an estimate of the gradient's variance)
 *   otherwise ṽ = v
 *   momentum μ > 0:  b ← μb + g / (√ṽ + ε),   p ← p − lr·b
 *   otherwise        p ← p − lr·g / (√ṽ + ε)
 * v, ḡ and b start at 0. Defaults α = 0.99, ε = 1e-8, μ = 0, not centred.
 * Dividing by √ṽ gives every parameter a step of about lr, whatever the scale
 * of its gradient; centring divides by the spread of the gradient instead of
 * its size, so a gradient that keeps the same sign takes larger steps.
 */
import { assertOptimizerSpec, type Optimizer, type RmsPropSpec } from './optimizer';

/** RMSProp (PyTorch's form), with optional momentum and centring. */
export class RmsProp implements Optimizer {
  readonly spec: RmsPropSpec;
  private readonly meanSquare: Float64Array;
  /** ḡ, allocated only when centred. */
  private readonly meanGradient: Float64Array;
  /** b, allocated only with momentum. */
  private readonly momentumBuffer: Float64Array;

  constructor(spec: RmsPropSpec, size: number) {
    assertOptimizerSpec(spec);
    this.spec = spec;
    this.meanSquare = new Float64Array(size);
    this.meanGradient = new Float64Array(spec.centered ? size : 0);
    this.momentumBuffer = new Float64Array(spec.momentum ? size : 0);
  }

  step(parameters: Float64Array, gradients: Float64Array): void {
    const learningRate = this.spec.learningRate;
    const alpha = this.spec.alpha ?? 0.99;
    const epsilon = this.spec.epsilon ?? 1e-8;
    const decay = this.spec.weightDecay ?? 0;
    const momentum = this.spec.momentum ?? 0;
    const isCentered = this.spec.centered ?? false;
    const v = this.meanSquare;
    const meanGradient = this.meanGradient;
    const b = this.momentumBuffer;
    for (let i = 0; i < parameters.length; i++) {
      const g = gradients[i] + decay * parameters[i];
      v[i] = alpha * v[i] + (1 - alpha) * g * g;
      let variance = v[i];
      if (isCentered) {
        meanGradient[i] = alpha * meanGradient[i] + (1 - alpha) * g;
        variance -= meanGradient[i] * meanGradient[i];
      }
      const denominator = Math.sqrt(variance) + epsilon;
      if (momentum > 0) {
        b[i] = momentum * b[i] + g / denominator;
        parameters[i] -= learningRate * b[i];
      } else {
        parameters[i] -= (learningRate * g) / denominator;
      }
    }
  }

  reset(): void {
    this.meanSquare.fill(0);
    this.meanGradient.fill(0);
    this.momentumBuffer.fill(0);
  }
}
