/**
 * Elementwise activations over whole buffers, forward and backward.
 *
 * The formulas are those of `activations.ts`; the common ones (identity, relu,
 * tanh, sigmoid) get their own loops so the hot path makes no function call per
 * element. The others go through the shared scalar formula.
 *   forward   a = f(z)
 *   backward  dz = da · f'(z), with f' read from z or from the saved a
 */
import { ACTIVATIONS, sigmoid, type ActivationName } from '../activations';
import { tanh } from '../math/index';

/** a[i] = f(z[i]) for i < length. `a` may be the same buffer as `z` only for identity. */
export function activateInPlace(
  name: ActivationName,
  z: Float64Array,
  a: Float64Array,
  length: number,
): void {
  switch (name) {
    case 'identity':
      if (a !== z) a.set(z.subarray(0, length));
      return;
    case 'relu':
      for (let i = 0; i < length; i++) {
        const v = z[i];
        a[i] = v > 0 ? v : 0;
      }
      return;
    case 'tanh':
      for (let i = 0; i < length; i++) a[i] = tanh(z[i]);
      return;
    case 'sigmoid':
      for (let i = 0; i < length; i++) a[i] = sigmoid(z[i]);
      return;
    default: {
      const f = ACTIVATIONS[name];
      for (let i = 0; i < length; i++) a[i] = f.value(z[i]);
    }
  }
}

/** dz[i] = da[i] · f'(z[i]), for i < length; dz may be the same buffer as da. */
export function activationBackwardInPlace(
  name: ActivationName,
  z: Float64Array,
  a: Float64Array,
  da: Float64Array,
  dz: Float64Array,
  length: number,
): void {
  switch (name) {
    case 'identity':
      if (dz !== da) dz.set(da.subarray(0, length));
      return;
    case 'relu':
      // The slope at exactly 0 is taken as 0, as in PyTorch and the classic exercise.
      for (let i = 0; i < length; i++) dz[i] = z[i] > 0 ? da[i] : 0;
      return;
    case 'tanh':
      for (let i = 0; i < length; i++) {
        const y = a[i];
        dz[i] = da[i] * (1 - y * y);
      }
      return;
    case 'sigmoid':
      for (let i = 0; i < length; i++) {
        const y = a[i];
        dz[i] = da[i] * (y * (1 - y));
      }
      return;
    default: {
      const f = ACTIVATIONS[name];
      for (let i = 0; i < length; i++) dz[i] = da[i] * f.slope(z[i], a[i]);
    }
  }
}
