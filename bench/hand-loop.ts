/**
 * W1 written by hand, as a yardstick for the engine's overhead: the classic
 * exercise's arithmetic in plain Float64Array loops, feature-major like NumPy
 * (Z[o][n] for unit o and example n), with nothing shared or reused.
 */
import type { Workload } from './workloads';

/** One run of W1 by hand; returns the final mean BCE over all examples. */
export function runHandW1(workload: Workload): number {
  const m = workload.count;
  const [l1, l2, l3] = workload.layers;
  const w1 = l1.weights.slice(), w2 = l2.weights.slice(), w3 = l3.weights.slice();
  const b1 = new Float64Array(10), b2 = new Float64Array(5), b3 = new Float64Array(1);
  const x = new Float64Array(2 * m);
  for (let n = 0; n < m; n++) {
    x[n] = workload.inputs[2 * n];
    x[m + n] = workload.inputs[2 * n + 1];
  }
  const y = workload.targets;
  const a1 = new Float64Array(10 * m), a2 = new Float64Array(5 * m), a3 = new Float64Array(m);
  const d1 = new Float64Array(10 * m), d2 = new Float64Array(5 * m), d3 = new Float64Array(m);
  const lr = workload.learningRate;
  let cost = 0;
  for (let step = 0; step <= workload.steps; step++) {
    for (let o = 0; o < 10; o++) {
      for (let n = 0; n < m; n++) {
        const z = w1[2 * o] * x[n] + w1[2 * o + 1] * x[m + n] + b1[o];
        a1[o * m + n] = z > 0 ? z : 0;
      }
    }
    for (let o = 0; o < 5; o++) {
      for (let n = 0; n < m; n++) {
        let z = b2[o];
        for (let i = 0; i < 10; i++) z += w2[o * 10 + i] * a1[i * m + n];
        a2[o * m + n] = z > 0 ? z : 0;
      }
    }
    cost = 0;
    for (let n = 0; n < m; n++) {
      let z = b3[0];
      for (let i = 0; i < 5; i++) z += w3[i] * a2[i * m + n];
      const e = Math.exp(-Math.abs(z));
      a3[n] = z >= 0 ? 1 / (1 + e) : e / (1 + e);
      cost += Math.max(z, 0) - z * y[n] + Math.log1p(e);
      d3[n] = (a3[n] - y[n]) / m;
    }
    if (step === workload.steps) break;
    for (let i = 0; i < 5; i++) {
      let g = 0;
      for (let n = 0; n < m; n++) {
        g += d3[n] * a2[i * m + n];
        d2[i * m + n] = a2[i * m + n] > 0 ? w3[i] * d3[n] : 0;
      }
      w3[i] -= lr * g;
    }
    let gb = 0;
    for (let n = 0; n < m; n++) gb += d3[n];
    b3[0] -= lr * gb;
    d1.fill(0);
    for (let o = 0; o < 5; o++) {
      let gbo = 0;
      for (let n = 0; n < m; n++) gbo += d2[o * m + n];
      for (let i = 0; i < 10; i++) {
        let g = 0;
        const w = w2[o * 10 + i];
        for (let n = 0; n < m; n++) {
          g += d2[o * m + n] * a1[i * m + n];
          d1[i * m + n] += w * d2[o * m + n];
        }
        w2[o * 10 + i] -= lr * g;
      }
      b2[o] -= lr * gbo;
    }
    for (let o = 0; o < 10; o++) {
      let g0 = 0, g1 = 0, gbo = 0;
      for (let n = 0; n < m; n++) {
        const d = a1[o * m + n] > 0 ? d1[o * m + n] : 0;
        g0 += d * x[n];
        g1 += d * x[m + n];
        gbo += d;
      }
      w1[2 * o] -= lr * g0;
      w1[2 * o + 1] -= lr * g1;
      b1[o] -= lr * gbo;
    }
  }
  return cost / m;
}
