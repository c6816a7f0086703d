/**
 * The three benchmark workloads, with the data and starting weights every
 * implementation shares. Weights are stored as the engine lays them out:
 * per layer W as [out, in] row-major, then b.
 */
import { readFileSync } from 'node:fs';
import { createRng, pointDataset } from '../src/engine/index';

/** One dense layer's starting numbers. */
export interface LayerStart {
  readonly inputSize: number;
  readonly outputSize: number;
  readonly weights: Float64Array;
  readonly bias: Float64Array | null;
  readonly activation: 'relu' | 'tanh' | 'sigmoid' | 'identity';
}

/** Everything an implementation needs to run one workload. */
export interface Workload {
  readonly name: 'W1' | 'W2' | 'W3';
  readonly title: string;
  readonly layers: readonly LayerStart[];
  /** Row-major inputs and targets. */
  readonly inputs: Float64Array;
  readonly targets: Float64Array;
  readonly count: number;
  readonly loss: 'bce' | 'l1' | 'mse';
  readonly learningRate: number;
  readonly momentum: number;
  readonly steps: number;
  /** Example index of every step when steps take one sample (W2), else null (full batch). */
  readonly sampleOrder: Int32Array | null;
  /** The seed whose `int(count)` draws give `sampleOrder`, so the engine's own sampler matches. */
  readonly sampleSeed: number;
}

interface CirclesFixture {
  train_X: number[][];
  train_Y: number[];
  initial_weights: { he: { W1: number[][]; W2: number[][]; W3: number[][] } };
}

function layer(weights: number[][], bias: boolean, activation: LayerStart['activation']): LayerStart {
  const outputSize = weights.length;
  const inputSize = weights[0].length;
  return {
    inputSize,
    outputSize,
    weights: Float64Array.from(weights.flat()),
    bias: bias ? new Float64Array(outputSize) : null,
    activation,
  };
}

/** W1: the classic circles experiment, He weights from the fixture, 15 000 full-batch steps. */
export function workloadW1(): Workload {
  const path = new URL('../test/fixtures/classic-circles.json', import.meta.url);
  const fixture = JSON.parse(readFileSync(path, 'utf8')) as CirclesFixture;
  // The fixture stores X as [feature][example]; the engine wants one row per example.
  const { inputs, targets, count } = pointDataset(fixture.train_X[0], fixture.train_X[1], fixture.train_Y);
  const he = fixture.initial_weights.he;
  return {
    name: 'W1',
    title: 'circles [2,10,5,1] relu/relu/sigmoid, BCE, full batch, 15000 steps',
    layers: [layer(he.W1, true, 'relu'), layer(he.W2, true, 'relu'), layer(he.W3, true, 'sigmoid')],
    inputs,
    targets,
    count,
    loss: 'bce',
    learningRate: 0.01,
    momentum: 0,
    steps: 15000,
    sampleOrder: null,
    sampleSeed: 0,
  };
}

function randomLayer(
  inputSize: number,
  outputSize: number,
  activation: LayerStart['activation'],
  hasBias: boolean,
  draw: () => number,
): LayerStart {
  return {
    inputSize,
    outputSize,
    weights: Float64Array.from({ length: inputSize * outputSize }, draw),
    bias: hasBias ? Float64Array.from({ length: outputSize }, draw) : null,
    activation,
  };
}

/** W2: the XOR lab, 2001 epochs × 4 single-sample steps, L1, SGD with momentum 0.9. */
export function workloadW2(): Workload {
  const rng = createRng(1);
  const limit = 1 / Math.sqrt(2);
  const hidden = randomLayer(2, 11, 'tanh', true, () => rng.normal());
  hidden.bias?.forEach((_, i, bias) => (bias[i] = rng.uniformRange(-limit, limit)));
  const output = randomLayer(11, 1, 'identity', false, () => rng.normal());
  const steps = 2001 * 4;
  const sampleSeed = 11;
  const sampler = createRng(sampleSeed);
  return {
    name: 'W2',
    title: 'XOR lab 2→11 tanh→1, L1, SGD momentum 0.9, 8004 single-sample steps',
    layers: [hidden, output],
    inputs: Float64Array.from([0, 0, 0, 1, 1, 0, 1, 1]),
    targets: Float64Array.from([0, 1, 1, 0]),
    count: 4,
    loss: 'l1',
    learningRate: 0.02,
    momentum: 0.9,
    steps,
    sampleOrder: Int32Array.from({ length: steps }, () => sampler.int(4)),
    sampleSeed,
  };
}

/** W3: throughput, [2,64,64,1] tanh, one batch of 256, MSE, SGD, 1000 steps. */
export function workloadW3(): Workload {
  const rng = createRng(3);
  const count = 256;
  const inputs = Float64Array.from({ length: count * 2 }, () => rng.uniformRange(-1, 1));
  const targets = Float64Array.from({ length: count }, (_, i) => Math.sin(3 * inputs[2 * i]) * inputs[2 * i + 1]);
  const glorot = (fanIn: number, fanOut: number) => {
    const limit = Math.sqrt(6 / (fanIn + fanOut));
    return () => rng.uniformRange(-limit, limit);
  };
  return {
    name: 'W3',
    title: 'throughput [2,64,64,1] tanh, batch 256, MSE, SGD, 1000 steps',
    layers: [
      randomLayer(2, 64, 'tanh', true, glorot(2, 64)),
      randomLayer(64, 64, 'tanh', true, glorot(64, 64)),
      randomLayer(64, 1, 'identity', true, glorot(64, 1)),
    ],
    inputs,
    targets,
    count,
    loss: 'mse',
    learningRate: 0.05,
    momentum: 0,
    steps: 1000,
    sampleOrder: null,
    sampleSeed: 0,
  };
}
