/**
 * The deep network of the "inside a deep network" experiment, and the batch it reads.
 *
 *   network  `depth` dense layers of `width` units, each z = W a + b, a = f(z), then one
 *            sigmoid unit; every W drawn from the same init spec (fans width → width, and
 *            width → 1 for the output), every b zero
 *   batch    `rows` inputs of `width` independent standard-normal numbers, so Var(x) = 1;
 *            the target is 1 when the inputs sum to more than 0, else 0 (a task any of these
 *            networks can learn, so the gradients are those of a real loss, binary cross-entropy)
 *
 * The weights are drawn first, then the inputs, from one seeded stream.
 */
import type { ActivationName } from '../activations';
import { assertPositiveInteger, type Dataset } from '../data/dataset';
import type { InitSpec } from '../init';
import { dense } from '../layers/dense';
import { initializeModelInPlace } from '../layers/initialize-model';
import { parameterLayout } from '../layers/parameter-layout';
import { sequential, type SequentialSpec } from '../layers/sequential';
import type { Rng } from '../random';

/** The shape of the deep network. */
export interface DeepNetworkOptions {
  /** Hidden layers, each `width` wide. */
  readonly depth: number;
  readonly width: number;
  readonly activation: ActivationName;
  /** How every weight matrix is drawn. */
  readonly init: InitSpec;
}

/** The network: `depth` layers width → width with `activation`, then width → 1 sigmoid. */
export function deepNetworkSpec(options: DeepNetworkOptions): SequentialSpec {
  const { depth, width, activation, init } = options;
  assertPositiveInteger('deepNetworkSpec', 'depth', depth);
  const hidden = Array.from({ length: depth }, () => dense(width, width, { activation, init }));
  return sequential([...hidden, dense(width, 1, { activation: 'sigmoid', init })]);
}

/** The network's starting parameters, drawn from `rng`. */
export function deepNetworkParameters(spec: SequentialSpec, rng: Rng): Float64Array {
  const parameters = new Float64Array(parameterLayout(spec).size);
  initializeModelInPlace(spec, parameters, rng);
  return parameters;
}

/** `rows` standard-normal inputs of `width` numbers each; target 1 when they sum to more than 0. */
export function deepNetworkBatch(width: number, rows: number, rng: Rng): Dataset {
  assertPositiveInteger('deepNetworkBatch', 'rows', rows);
  const inputs = new Float64Array(rows * width);
  const targets = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    let sum = 0;
    for (let k = 0; k < width; k++) {
      const x = rng.normal();
      inputs[r * width + k] = x;
      sum += x;
    }
    targets[r] = sum > 0 ? 1 : 0;
  }
  return { inputs, targets, count: rows, inputSize: width, targetSize: 1 };
}
