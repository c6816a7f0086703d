/**
 * Weight initializers. A layer with fan_in inputs and fan_out outputs has a
 * weight block of shape [fan_out, fan_in]; each scheme below fills it with
 * independent draws:
 *
 * - zeros, ones, constant c: every weight the same. All units of a layer then
 *   compute the same thing and receive the same gradient: symmetry is never broken.
 * - normal N(mean, std²); uniform U(low, high).
 * - truncatedNormal: N(mean, std²) re-drawn whenever a draw lands beyond
 *   mean ± 2·std (so its actual spread is about 0.88·std).
 * - Xavier/Glorot (2010), for tanh and sigmoid:
 *   normal std = √(2 / (fan_in + fan_out)); uniform on ±√(6 / (fan_in + fan_out)).
 * - He/Kaiming (2015), for ReLU:
 *   normal std = √(2 / fan_in); uniform on ±√(6 / fan_in).
 * - LeCun (1998), for SELU and tanh: normal std = √(1 / fan_in), NOT truncated
 *   here. Keras's `lecun_normal` truncates at 2σ and rescales to the same std.
 *   "Truncated normal, mean 0, std √(1/fan_in)" is LeCun's scheme, not Xavier's:
 *   Xavier's variance also counts fan_out.
 *
 * Each uniform limit a gives variance a²/3, equal to its normal sibling's std².
 * Biases start at zero unless a layer names a `biasInit`; that spec is drawn
 * with the same fans as the layer's weights.
 */
import { EngineError } from '../errors';
import type { Rng } from '../random';
import type { InitSpec } from './spec';

/** Standard deviation of the normal schemes that depend on the fans. */
function fanStd(kind: 'xavierNormal' | 'heNormal' | 'lecunNormal', fanIn: number, fanOut: number): number {
  if (kind === 'xavierNormal') return Math.sqrt(2 / (fanIn + fanOut));
  if (kind === 'heNormal') return Math.sqrt(2 / fanIn);
  return Math.sqrt(1 / fanIn);
}

/**
 * The factor that turns a standard-normal draw z into a draw of `spec` for a layer with the
 * given fans: std for the zero-mean normal schemes (normal with mean 0, Xavier, He and LeCun
 * normal). So weights = z × factor reproduces a published run that drew z once and scaled it
 * per scheme. Other schemes are not a scaled standard normal: an EngineError says so.
 */
export function standardNormalScale(spec: InitSpec, fanIn: number, fanOut: number): number {
  switch (spec.kind) {
    case 'normal':
      if (spec.mean === 0) return spec.std;
      break;
    case 'xavierNormal':
    case 'heNormal':
    case 'lecunNormal':
      return fanStd(spec.kind, fanIn, fanOut);
  }
  throw new EngineError(
    'standardNormalScale',
    `spec: expected a zero-mean normal scheme (normal with mean 0, xavierNormal, heNormal, lecunNormal), got ${describeInit(spec)}`,
  );
}

/** Half-width of the uniform schemes that depend on the fans. */
function fanLimit(kind: 'xavierUniform' | 'heUniform', fanIn: number, fanOut: number): number {
  return kind === 'xavierUniform' ? Math.sqrt(6 / (fanIn + fanOut)) : Math.sqrt(6 / fanIn);
}

/** One draw from `spec` for a layer with the given fans. */
function draw(spec: InitSpec, fanIn: number, fanOut: number, rng: Rng): number {
  switch (spec.kind) {
    case 'zeros':
      return 0;
    case 'ones':
      return 1;
    case 'constant':
      return spec.value;
    case 'normal':
      return rng.normal(spec.mean, spec.std);
    case 'uniform':
      return rng.uniformRange(spec.low, spec.high);
    case 'truncatedNormal':
      return rng.truncatedNormal(spec.mean, spec.std);
    case 'xavierNormal':
    case 'heNormal':
    case 'lecunNormal':
      return rng.normal(0, fanStd(spec.kind, fanIn, fanOut));
    case 'xavierUniform':
    case 'heUniform': {
      const limit = fanLimit(spec.kind, fanIn, fanOut);
      return rng.uniformRange(-limit, limit);
    }
  }
}

/**
 * Fills `values` (a [fanOut, fanIn] row-major weight block) with fresh draws
 * from `spec`, in index order, so the same seed gives the same weights.
 */
export function initializeInPlace(
  values: Float64Array,
  spec: InitSpec,
  fanIn: number,
  fanOut: number,
  rng: Rng,
): void {
  for (const [name, fan] of [['fanIn', fanIn], ['fanOut', fanOut]] as const) {
    if (!Number.isInteger(fan) || fan <= 0) {
      throw new EngineError('initializeInPlace', `${name}: expected a positive integer, got ${fan}`);
    }
  }
  for (let i = 0; i < values.length; i++) values[i] = draw(spec, fanIn, fanOut, rng);
}

/** The scheme in words and formula, for captions: "He normal: N(0, 2/fan_in)". */
export function describeInit(spec: InitSpec): string {
  switch (spec.kind) {
    case 'zeros':
      return 'zeros: every weight 0';
    case 'ones':
      return 'ones: every weight 1';
    case 'constant':
      return `constant: every weight ${spec.value}`;
    case 'normal':
      return `normal: N(${spec.mean}, ${spec.std}²)`;
    case 'uniform':
      return `uniform: U(${spec.low}, ${spec.high})`;
    case 'truncatedNormal':
      return `truncated normal: N(${spec.mean}, ${spec.std}²), re-drawn beyond 2σ`;
    case 'xavierNormal':
      return 'Xavier normal: N(0, 2/(fan_in + fan_out))';
    case 'xavierUniform':
      return 'Xavier uniform: U(±√(6/(fan_in + fan_out)))';
    case 'heNormal':
      return 'He normal: N(0, 2/fan_in)';
    case 'heUniform':
      return 'He uniform: U(±√(6/fan_in))';
    case 'lecunNormal':
      return 'LeCun normal: N(0, 1/fan_in)';
  }
}
