/** Runs a workload on our engine's fast path; returns the final loss over all examples. */
import { createRng, dense, Mlp, sequential, train } from '../src/engine/index';
import type { Workload } from './workloads';

/** One training run from the workload's starting weights. */
export function runEngine(workload: Workload): number {
  const model = new Mlp(
    sequential(
      workload.layers.map((l) =>
        dense(l.inputSize, l.outputSize, { activation: l.activation, bias: l.bias !== null }),
      ),
    ),
  );
  workload.layers.forEach((l, i) => {
    const slot = model.layout.slots[i];
    model.parameters.set(l.weights, slot.weightOffset);
    if (l.bias !== null) model.parameters.set(l.bias, slot.biasOffset);
  });
  const data = {
    inputs: workload.inputs,
    targets: workload.targets,
    count: workload.count,
    inputSize: workload.layers[0].inputSize,
    targetSize: 1,
  };
  const isSampled = workload.sampleOrder !== null;
  const result = train(model, data, {
    loss: workload.loss,
    optimizer: { kind: 'sgd', learningRate: workload.learningRate, momentum: workload.momentum },
    batch: isSampled ? { kind: 'sample' } : { kind: 'full' },
    steps: workload.steps,
    // The same seed draws the same sample order as the workload's pre-drawn list.
    rng: createRng(workload.sampleSeed),
  });
  return result.finalLoss;
}
