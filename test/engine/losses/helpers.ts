import { Tensor, createRng, ops } from '../../../src/engine/index';

export { expectFanOutDoubles, gradOfSum, rounded } from '../ops/helpers';

/** Seeded values of the given shape drawn uniformly from [low, high). */
export function uniformTensor(shape: [number, number], seed: number, low: number, high: number): Tensor {
  const rng = createRng(seed);
  return Tensor.zeros(shape).map(() => rng.uniformRange(low, high));
}

/** Moves each value at least `gap` away from `kink` (relative to `target`), keeping its side. */
export function awayFrom(values: Tensor, target: Tensor, kinks: number[], gap: number): Tensor {
  return values.map((v, i) => {
    let r = v - target.data[i];
    for (const kink of kinks) {
      if (Math.abs(r - kink) < gap) r = kink + (r >= kink ? gap : -gap);
    }
    return target.data[i] + r;
  });
}

/** add(a, b) for the fan-out checks. */
export const plus = ops.add;
