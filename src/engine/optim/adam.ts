/**
 * Adam with bias correction, in PyTorch's arithmetic:
 *   g ← g + λp
 *   m ← β₁m + (1 − β₁)g,   v ← β₂v + (1 − β₂)g²      (m, v start at 0)
 *   p ← p − (lr / (1 − β₁ᵗ)) · m / (√v / √(1 − β₂ᵗ) + ε)
 * which is p − lr·m̂/(√v̂ + ε) with m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ), ε added after
 * the square root. The correction undoes the pull towards 0 of the zero start:
 * at t = 1, m̂ = g and v̂ = g², so the first step is lr·g/(|g| + ε) ≈ lr·sign(g).
 * Defaults β = (0.9, 0.999), ε = 1e-8.
 */
import { assertOptimizerSpec, type AdamSpec, type Optimizer } from './optimizer';
import { pow } from '../math/index';

/** Adam (PyTorch's form). */
export class Adam implements Optimizer {
  readonly spec: AdamSpec;
  private readonly firstMoment: Float64Array;
  private readonly secondMoment: Float64Array;
  private stepCount = 0;

  constructor(spec: AdamSpec, size: number) {
    assertOptimizerSpec(spec);
    this.spec = spec;
    this.firstMoment = new Float64Array(size);
    this.secondMoment = new Float64Array(size);
  }

  step(parameters: Float64Array, gradients: Float64Array): void {
    const beta1 = this.spec.beta1 ?? 0.9;
    const beta2 = this.spec.beta2 ?? 0.999;
    const epsilon = this.spec.epsilon ?? 1e-8;
    const decay = this.spec.weightDecay ?? 0;
    this.stepCount += 1;
    const stepSize = this.spec.learningRate / (1 - pow(beta1, this.stepCount));
    const rootCorrection = Math.sqrt(1 - pow(beta2, this.stepCount));
    const m = this.firstMoment;
    const v = this.secondMoment;
    for (let i = 0; i < parameters.length; i++) {
      const g = gradients[i] + decay * parameters[i];
      m[i] = beta1 * m[i] + (1 - beta1) * g;
      v[i] = beta2 * v[i] + (1 - beta2) * g * g;
      parameters[i] -= (stepSize * m[i]) / (Math.sqrt(v[i]) / rootCorrection + epsilon);
    }
  }

  reset(): void {
    this.firstMoment.fill(0);
    this.secondMoment.fill(0);
    this.stepCount = 0;
  }
}
