/**
 * Runs a workload with TensorFlow.js the idiomatic way: `tf.variable` weights,
 * an optimizer's `minimize`, `tf.tidy` around the forward pass. Weights are
 * transposed to TensorFlow's [in, out] layout; numbers are float32.
 */
import * as tf from '@tensorflow/tfjs';
import { setThreadsCount, setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { LayerStart, Workload } from './workloads';

/** Points the WebAssembly backend at its .wasm files and keeps it single-threaded; call once, first. */
export function prepareWasm(): void {
  const require = createRequire(import.meta.url);
  const wasmFile = require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm');
  setWasmPaths(`${dirname(wasmFile)}/`);
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  setThreadsCount(1);
}

/** Switches TensorFlow.js to its 'cpu' or its 'wasm' backend. */
export async function useBackend(name: 'cpu' | 'wasm'): Promise<void> {
  if (tf.getBackend() === name) return;
  const ok = await tf.setBackend(name);
  if (!ok) throw new Error(`tfjs backend ${name} failed to initialise`);
  await tf.ready();
}

interface TfLayer {
  readonly weights: tf.Variable;
  readonly bias: tf.Variable | null;
  readonly activation: LayerStart['activation'];
}

function toTfLayer(layer: LayerStart): TfLayer {
  const transposed = new Float32Array(layer.inputSize * layer.outputSize);
  for (let o = 0; o < layer.outputSize; o++) {
    for (let i = 0; i < layer.inputSize; i++) {
      transposed[i * layer.outputSize + o] = layer.weights[o * layer.inputSize + i];
    }
  }
  return {
    weights: tf.variable(tf.tensor2d(transposed, [layer.inputSize, layer.outputSize])),
    bias: layer.bias === null ? null : tf.variable(tf.tensor1d(Float32Array.from(layer.bias))),
    activation: layer.activation,
  };
}

/** Logits or outputs of the network; the last sigmoid is left to the loss for BCE. */
function forward(layers: readonly TfLayer[], x: tf.Tensor2D, isLogitLoss: boolean): tf.Tensor {
  let a: tf.Tensor = x;
  layers.forEach((layer, i) => {
    let z = tf.matMul(a, layer.weights);
    if (layer.bias !== null) z = tf.add(z, layer.bias);
    const isLast = i === layers.length - 1;
    if (layer.activation === 'relu') a = tf.relu(z);
    else if (layer.activation === 'tanh') a = tf.tanh(z);
    else if (layer.activation === 'sigmoid' && !(isLast && isLogitLoss)) a = tf.sigmoid(z);
    else a = z;
  });
  return a;
}

function lossOf(workload: Workload, y: tf.Tensor2D, out: tf.Tensor): tf.Scalar {
  if (workload.loss === 'bce') return tf.losses.sigmoidCrossEntropy(y, out);
  if (workload.loss === 'l1') return tf.losses.absoluteDifference(y, out);
  return tf.losses.meanSquaredError(y, out);
}

/** One training run on the current backend; returns the final loss over all examples. */
export function runTfjs(workload: Workload): number {
  const layers = workload.layers.map(toTfLayer);
  const inputSize = workload.layers[0].inputSize;
  const optimizer =
    workload.momentum === 0
      ? tf.train.sgd(workload.learningRate)
      : tf.train.momentum(workload.learningRate, workload.momentum);
  const xs = tf.tensor2d(Float32Array.from(workload.inputs), [workload.count, inputSize]);
  const ys = tf.tensor2d(Float32Array.from(workload.targets), [workload.count, 1]);
  const samples = workload.sampleOrder === null ? null : splitRows(xs, ys, workload.count);
  const isLogitLoss = workload.loss === 'bce';
  for (let step = 0; step < workload.steps; step++) {
    const [x, y] = samples === null ? [xs, ys] : samples[workload.sampleOrder![step]];
    optimizer.minimize(() => tf.tidy(() => lossOf(workload, y, forward(layers, x, isLogitLoss))));
  }
  const final = tf.tidy(() => lossOf(workload, ys, forward(layers, xs, isLogitLoss)));
  const value = final.dataSync()[0];
  tf.dispose([final, xs, ys, ...(samples?.flat() ?? [])]);
  layers.forEach((layer) => tf.dispose(layer.bias === null ? [layer.weights] : [layer.weights, layer.bias]));
  optimizer.dispose();
  return value;
}

function splitRows(xs: tf.Tensor2D, ys: tf.Tensor2D, count: number): [tf.Tensor2D, tf.Tensor2D][] {
  return Array.from({ length: count }, (_, i) => [
    tf.slice(xs, [i, 0], [1, -1]),
    tf.slice(ys, [i, 0], [1, -1]),
  ]);
}
