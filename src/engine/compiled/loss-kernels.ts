/**
 * Losses of the fast path: the mean loss over a batch and, in the same pass,
 * its gradient with respect to the network's output.
 *
 * `out` is the output buffer the loss reads ([rows, cols], row-major), `y` the
 * targets in the same shape, `grad` receives dL/d(out). Elementwise losses
 * average over all rows · cols numbers, softmax cross-entropy over rows, like
 * the reference losses with reduction 'mean'.
 *
 * Cross-entropy is computed from logits z so it stays finite for any z:
 *   −[y ln σ(z) + (1 − y) ln(1 − σ(z))] = max(z, 0) − z·y + ln(1 + e^(−|z|)),
 * and its gradient is σ(z) − y. For 'bce' the output layer is a sigmoid, and the
 * program hands this kernel the logits z (sigmoid and loss fused into a − y).
 */
import { sigmoid } from '../activations';
import { HUBER_DELTA } from '../losses/huber';
import { exp, log, log1p } from '../math/index';

/** Losses the fast path knows, named as in `losses/`. */
export type FastLossName =
  | 'mse'
  | 'l1'
  | 'huber'
  | 'bce'
  | 'bceWithLogits'
  | 'softmaxCrossEntropy'
  | 'hinge';

/**
 * Mean loss of `out` against `y`; writes dL/d(out) into `grad` unless it is null.
 * For 'bce', `out` holds the logits and `probabilities` the sigmoid outputs σ(out).
 */
export function lossForwardBackward(
  name: FastLossName,
  out: Float64Array,
  probabilities: Float64Array,
  y: Float64Array,
  grad: Float64Array | null,
  rows: number,
  cols: number,
): number {
  const n = rows * cols;
  switch (name) {
    case 'mse':
      return meanSquared(out, y, grad, n);
    case 'l1':
      return meanAbsolute(out, y, grad, n);
    case 'huber':
      return meanHuber(out, y, grad, n);
    case 'bce':
      return meanCrossEntropyFromLogits(out, probabilities, y, grad, n);
    case 'bceWithLogits':
      return meanCrossEntropyFromLogits(out, null, y, grad, n);
    case 'softmaxCrossEntropy':
      return softmaxCrossEntropy(out, y, grad, rows, cols);
    case 'hinge':
      return meanHinge(out, y, grad, n);
  }
}

function meanSquared(a: Float64Array, y: Float64Array, grad: Float64Array | null, n: number): number {
  const scale = 2 / n;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const d = a[i] - y[i];
    total += d * d;
    if (grad !== null) grad[i] = scale * d;
  }
  return total / n;
}

function meanAbsolute(a: Float64Array, y: Float64Array, grad: Float64Array | null, n: number): number {
  const scale = 1 / n;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const d = a[i] - y[i];
    total += Math.abs(d);
    // |d| has slope sign(d); at d = 0 we take 0, as PyTorch does.
    if (grad !== null) grad[i] = d > 0 ? scale : d < 0 ? -scale : 0;
  }
  return total / n;
}

function meanHuber(a: Float64Array, y: Float64Array, grad: Float64Array | null, n: number): number {
  const scale = 1 / n;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const d = a[i] - y[i];
    const size = Math.abs(d);
    if (size <= HUBER_DELTA) {
      total += 0.5 * d * d;
      if (grad !== null) grad[i] = scale * d;
    } else {
      total += HUBER_DELTA * (size - 0.5 * HUBER_DELTA);
      if (grad !== null) grad[i] = d > 0 ? scale * HUBER_DELTA : -scale * HUBER_DELTA;
    }
  }
  return total / n;
}

/** Binary cross-entropy from logits z; `a` = σ(z) when the forward pass already has it. */
function meanCrossEntropyFromLogits(
  z: Float64Array,
  a: Float64Array | null,
  y: Float64Array,
  grad: Float64Array | null,
  n: number,
): number {
  const scale = 1 / n;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const v = z[i];
    total += (v > 0 ? v : 0) - v * y[i] + log1p(exp(-Math.abs(v)));
    if (grad !== null) grad[i] = scale * ((a === null ? sigmoid(v) : a[i]) - y[i]);
  }
  return total / n;
}

/**
 * Sigmoid and BCE fused, for training: a = σ(z) and the loss share one e = e^(−|z|)
 * (σ(z) = 1/(1 + e) for z ≥ 0, e/(1 + e) below, exactly as `sigmoid` computes it),
 * and dz = (a − y)/n goes straight to the layer's pre-activation. Returns the mean loss.
 *
 * With `isLossNeeded` false (a step whose loss nobody reads) the logarithms are
 * skipped and it returns Σ max(z, 0) − z·y, the loss without its terms
 * ln(1 + e^(−|z|)) ≤ ln 2: finite exactly when the loss is (short of sums within
 * ln 2 a row of overflow), so a caller still sees divergence.
 */
export function sigmoidCrossEntropyInPlace(
  z: Float64Array,
  a: Float64Array,
  y: Float64Array,
  dz: Float64Array,
  n: number,
  isLossNeeded = true,
): number {
  const scale = 1 / n;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const v = z[i];
    const e = exp(-Math.abs(v));
    const p = v >= 0 ? 1 / (1 + e) : e / (1 + e);
    a[i] = p;
    const unbounded = (v > 0 ? v : 0) - v * y[i];
    total += isLossNeeded ? unbounded + log1p(e) : unbounded;
    dz[i] = scale * (p - y[i]);
  }
  return isLossNeeded ? total / n : total;
}

/** Hinge for labels y = ±1: max(0, 1 − y·s); slope −y where the margin is below 1. */
function meanHinge(s: Float64Array, y: Float64Array, grad: Float64Array | null, n: number): number {
  const scale = 1 / n;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const margin = 1 - y[i] * s[i];
    if (margin > 0) {
      total += margin;
      if (grad !== null) grad[i] = -scale * y[i];
    } else if (grad !== null) {
      grad[i] = 0;
    }
  }
  return total / n;
}

/**
 * Row-wise softmax of the logits z against target distributions y (one-hot rows):
 * loss −Σ_k y_k ln p_k with ln p_k = z_k − m − ln Σ_j e^(z_j − m), m the row's
 * largest logit (e^z overflows above about 709); gradient (p − y) / rows.
 */
function softmaxCrossEntropy(
  z: Float64Array,
  y: Float64Array,
  grad: Float64Array | null,
  rows: number,
  cols: number,
): number {
  const scale = 1 / rows;
  let total = 0;
  for (let r = 0; r < rows; r++) {
    const row = r * cols;
    let m = -Infinity;
    for (let k = 0; k < cols; k++) if (z[row + k] > m) m = z[row + k];
    let sum = 0;
    for (let k = 0; k < cols; k++) sum += exp(z[row + k] - m);
    const logSum = log(sum);
    for (let k = 0; k < cols; k++) {
      const logP = z[row + k] - m - logSum;
      if (y[row + k] !== 0) total -= y[row + k] * logP;
      if (grad !== null) grad[row + k] = scale * (exp(logP) - y[row + k]);
    }
  }
  return total / rows;
}
