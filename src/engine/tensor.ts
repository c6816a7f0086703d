/**
 * The tensor: a row-major block of float64 numbers with a 2-D shape
 * [rows, cols]. A scalar is [1, 1]. Every op in `ops/` takes and returns
 * tensors; the autograd bookkeeping (which op made a tensor, from which
 * inputs) is written by `track` in `graph.ts`, into the `GraphNode` declared here.
 */
import { EngineError, formatShape } from './errors';
import type { Rng } from './random';

/** How one tensor was made: the op, its inputs, and its chain-rule step (recorded by `track`). */
export interface GraphNode {
  /** The op name, for example `matmul`. */
  readonly op: string;
  /** The tensors the op read. */
  readonly inputs: readonly Tensor[];
  /** Given dy = d loss / d output, adds d loss / d input into each input's `grad`. */
  readonly backward: (dy: Tensor) => void;
}

/** A 2-D shape: [rows, cols]. */
export type Shape = readonly [number, number];

/**
 * The most elements one tensor may hold: 2²⁷ float64 numbers fill 1 GiB, far past any figure's
 * needs, and a larger shape would fail inside Float64Array with a RangeError instead of here.
 */
const MAX_TENSOR_SIZE = 134_217_728;

function assertShape(op: string, shape: readonly number[]): Shape {
  const isValid =
    shape.length === 2 && shape.every((size) => Number.isInteger(size) && size > 0);
  if (!isValid) {
    throw new EngineError(
      op,
      `shape must be [rows, cols] with positive integer sizes, got ${formatShape(shape)}`,
    );
  }
  if (shape[0] * shape[1] > MAX_TENSOR_SIZE) {
    throw new EngineError(op, `shape ${formatShape(shape)} holds ${shape[0] * shape[1]} numbers; a tensor holds at most ${MAX_TENSOR_SIZE}`);
  }
  return [shape[0], shape[1]];
}

/** A 2-D array of float64 numbers, optionally tracked for gradients. */
export class Tensor {
  /** [rows, cols]. */
  readonly shape: Shape;
  /** The numbers, row by row: element (i, j) is `data[i * cols + j]`. */
  readonly data: Float64Array;
  /** d loss / d this tensor after `backward`, or null before any gradient arrived. */
  grad: Float64Array | null = null;
  /** True for parameters and for every tensor computed from one. */
  requiresGrad: boolean;
  /** The op that produced this tensor, set by `track`; null for leaves. */
  node: GraphNode | null = null;

  /** Wraps `data` without copying; prefer the static constructors. */
  constructor(shape: readonly number[], data: Float64Array, requiresGrad = false) {
    this.shape = assertShape('Tensor', shape);
    if (data.length !== this.shape[0] * this.shape[1]) {
      throw new EngineError(
        'Tensor',
        `data has ${data.length} values but shape ${formatShape(shape)} needs ${this.shape[0] * this.shape[1]}`,
      );
    }
    this.data = data;
    this.requiresGrad = requiresGrad;
  }

  /** A tensor from nested rows; every row must have the same length. */
  static from(rows: readonly (readonly number[])[]): Tensor {
    const cols = rows.length > 0 ? rows[0].length : 0;
    rows.forEach((row, i) => {
      if (row.length !== cols) {
        throw new EngineError(
          'Tensor.from',
          `row ${i} has length ${row.length} but row 0 has length ${cols}; rows must have equal length`,
        );
      }
    });
    return new Tensor([rows.length, cols], Float64Array.from(rows.flat()));
  }

  /** A tensor of the given shape from a flat row-major list; the length must match. */
  static fromArray(shape: readonly number[], values: ArrayLike<number>): Tensor {
    const checked = assertShape('Tensor.fromArray', shape);
    if (values.length !== checked[0] * checked[1]) {
      throw new EngineError(
        'Tensor.fromArray',
        `shape ${formatShape(shape)} needs ${checked[0] * checked[1]} values, got ${values.length}`,
      );
    }
    return new Tensor(checked, Float64Array.from(values));
  }

  /** All zeros. */
  static zeros(shape: readonly number[]): Tensor {
    const checked = assertShape('Tensor.zeros', shape);
    return new Tensor(checked, new Float64Array(checked[0] * checked[1]));
  }

  /** Every element equal to `value`. */
  static full(shape: readonly number[], value: number): Tensor {
    const checked = assertShape('Tensor.full', shape);
    return new Tensor(checked, new Float64Array(checked[0] * checked[1]).fill(value));
  }

  /** A [1, 1] tensor holding `value`. */
  static scalar(value: number): Tensor {
    return new Tensor([1, 1], Float64Array.of(value));
  }

  /** Independent normal draws N(mean, std²), row by row from `rng`. */
  static randn(shape: readonly number[], rng: Rng, mean = 0, std = 1): Tensor {
    const checked = assertShape('Tensor.randn', shape);
    const data = new Float64Array(checked[0] * checked[1]);
    for (let i = 0; i < data.length; i++) data[i] = rng.normal(mean, std);
    return new Tensor(checked, data);
  }

  /** Number of rows. */
  get rows(): number {
    return this.shape[0];
  }

  /** Number of columns. */
  get cols(): number {
    return this.shape[1];
  }

  /** Number of elements, rows × cols. */
  get size(): number {
    return this.data.length;
  }

  /** Marks this tensor as a parameter: `backward` will fill its `grad`. Returns `this`. */
  asParameter(): this {
    this.requiresGrad = true;
    return this;
  }

  /** A new untracked tensor with f applied to every element. */
  map(f: (value: number, index: number) => number): Tensor {
    const out = new Float64Array(this.data.length);
    for (let i = 0; i < out.length; i++) out[i] = f(this.data[i], i);
    return new Tensor(this.shape, out);
  }

  /** A new untracked tensor with f applied to matching elements; shapes must be equal. */
  zip(other: Tensor, f: (a: number, b: number, index: number) => number): Tensor {
    assertSameShape('zip', this, other);
    const out = new Float64Array(this.data.length);
    for (let i = 0; i < out.length; i++) out[i] = f(this.data[i], other.data[i], i);
    return new Tensor(this.shape, out);
  }

  /** Element (i, j). */
  get(i: number, j: number): number {
    if (!Number.isInteger(i) || !Number.isInteger(j) || i < 0 || j < 0 || i >= this.rows || j >= this.cols) {
      throw new EngineError('get', `index (${i}, ${j}) is outside a tensor of shape ${formatShape(this.shape)}`);
    }
    return this.data[i * this.cols + j];
  }

  /** The single value of a [1, 1] tensor. */
  item(): number {
    if (this.data.length !== 1) {
      throw new EngineError('item', `needs a [1, 1] tensor, got ${formatShape(this.shape)}`);
    }
    return this.data[0];
  }

  /** The values as nested rows. */
  toArray(): number[][] {
    return Array.from({ length: this.rows }, (_, i) =>
      Array.from(this.data.subarray(i * this.cols, (i + 1) * this.cols)),
    );
  }

  /** An untracked copy of the values, cut off from the graph. */
  detach(): Tensor {
    return new Tensor(this.shape, this.data.slice());
  }
}

/** Throws unless `a` and `b` have the same shape; `op` names the caller. */
export function assertSameShape(op: string, a: Tensor, b: Tensor): void {
  if (a.shape[0] !== b.shape[0] || a.shape[1] !== b.shape[1]) {
    throw new EngineError(
      op,
      `a is ${formatShape(a.shape)} and b is ${formatShape(b.shape)}; shapes must be equal`,
    );
  }
}
