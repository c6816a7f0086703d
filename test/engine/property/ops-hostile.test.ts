/**
 * Property tests: the engine's ops and losses, fed hostile numbers (±0, NaN, ±∞, subnormals,
 * the largest doubles), mismatched and odd shapes, and arguments of any type, either return a
 * tensor of the documented shape or throw an EngineError that names the op — never a
 * TypeError or RangeError from deep inside.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { EngineError, Tensor, backward, formatShape, huberLoss, mseLoss, ops, type ActivationName } from '../../../src/engine/index';
import { anyValue, hostileNumber, oddShape, shapeArb, tensorArb, tensorOf, tensorPair } from './arbitraries';
import { BINARY_OPS, LOSSES, UNARY_OPS, errorName } from './op-catalog';

const RUNS = { numRuns: 100 };
/** Longest error message a reader or a log should ever get. */
const MAX_MESSAGE = 400;

/** Calls `f`; an error must be an EngineError from `op` with a short message. Returns the result or undefined. */
function engineResult<T>(op: string, f: () => T): T | undefined {
  try {
    return f();
  } catch (error) {
    expect(error, String(error)).toBeInstanceOf(EngineError);
    expect((error as EngineError).message.startsWith(`${op}: `), (error as Error).message).toBe(true);
    expect((error as Error).message.length).toBeLessThanOrEqual(MAX_MESSAGE);
    return undefined;
  }
}

/** Sends a gradient back from y (summed to [1, 1] first) to the parameters it came from. */
function backwardFrom(y: Tensor): void {
  backward(y.size === 1 ? y : ops.sum(y));
}

describe('ops on hostile numbers', () => {
  test.each(Object.keys(UNARY_OPS))('%s(x) returns the documented shape, forward and backward, whatever x holds', (name) => {
    const { call, shapeOf } = UNARY_OPS[name];
    fc.assert(
      fc.property(tensorArb(hostileNumber), (input) => {
        const x = input.detach().asParameter();
        const y = call(x);
        expect(y.shape).toEqual(shapeOf(x.shape));
        // step has no backward by design: it throws an EngineError instead of sending zeros.
        engineResult(errorName(name), () => backwardFrom(y));
        if (name !== 'step') expect(x.grad?.length).toBe(x.size);
      }),
      RUNS,
    );
  });

  test.each(Object.keys(BINARY_OPS))('%s(a, b) returns a tensor of the common shape, a [1, 1] side broadcast, whatever they hold', (name) => {
    const op = BINARY_OPS[name];
    const operands = fc.oneof(
      tensorPair(hostileNumber),
      fc.tuple(tensorArb(hostileNumber), tensorOf([1, 1], hostileNumber)),
      fc.tuple(tensorOf([1, 1], hostileNumber), tensorArb(hostileNumber)),
    );
    fc.assert(
      fc.property(operands, ([left, right]) => {
        const a = left.detach().asParameter();
        const b = right.detach().asParameter();
        const y = op(a, b);
        expect(y.shape).toEqual(a.size >= b.size ? a.shape : b.shape);
        backwardFrom(y);
        expect([a.grad?.length, b.grad?.length]).toEqual([a.size, b.size]);
      }),
      RUNS,
    );
  });

  test('matmul(a, b) and addBias(x, b) return [n, m] and [n, k] for any numbers', () => {
    const sides = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }));
    const operands = sides.chain(([n, k, m]) => fc.tuple(tensorOf([n, k], hostileNumber), tensorOf([k, m], hostileNumber), tensorOf([1, k], hostileNumber)));
    fc.assert(
      fc.property(operands, ([left, right, bias]) => {
        const a = left.detach().asParameter();
        const b = right.detach().asParameter();
        const c = bias.detach().asParameter();
        backwardFrom(ops.addBias(ops.matmul(a, b), ops.sum(b, 0)));
        expect(ops.matmul(a, b).shape).toEqual([a.rows, b.cols]);
        expect(ops.addBias(a, c).shape).toEqual(a.shape);
        expect([a.grad?.length, b.grad?.length]).toEqual([a.size, b.size]);
      }),
      RUNS,
    );
  });

  test.each(Object.keys(LOSSES))('%s(p, t) returns a [1, 1] loss or an EngineError, whatever p and t hold', (name) => {
    const loss = LOSSES[name];
    fc.assert(
      fc.property(tensorPair(hostileNumber), ([predictions, targets]) => {
        const p = predictions.detach().asParameter();
        const y = engineResult(errorName(name), () => loss(p, targets));
        if (y === undefined) return;
        expect(y.shape).toEqual([1, 1]);
        backward(y);
        expect(p.grad?.length).toBe(p.size);
      }),
      RUNS,
    );
  });
});

describe('ops given shapes that do not fit', () => {
  /** Two different shapes, neither [1, 1] (which would broadcast). */
  const differentShapes = fc
    .tuple(shapeArb(), shapeArb())
    .filter(([a, b]) => (a[0] !== b[0] || a[1] !== b[1]) && a[0] * a[1] > 1 && b[0] * b[1] > 1);

  /** Expects an EngineError from `op` whose message prints both shapes. */
  function expectShapeError(op: string, a: Tensor, b: Tensor, f: () => unknown): void {
    let error: unknown;
    try {
      f();
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EngineError);
    const message = (error as EngineError).message;
    expect(message.startsWith(`${op}: `), message).toBe(true);
    expect(message).toContain(formatShape(a.shape));
    expect(message).toContain(formatShape(b.shape));
  }

  test.each([...Object.keys(BINARY_OPS), ...Object.keys(LOSSES)])('%s throws an EngineError naming both shapes', (name) => {
    const op = BINARY_OPS[name] ?? LOSSES[name];
    const operands = differentShapes.chain(([first, second]) => fc.tuple(tensorOf(first, hostileNumber), tensorOf(second, hostileNumber)));
    fc.assert(
      fc.property(operands, ([a, b]) => {
        // softmaxCrossEntropy also reads [n, 1] targets as class indices: that shape fits.
        if (name === 'softmaxCrossEntropy' && b.rows === a.rows && b.cols === 1) return;
        expectShapeError(errorName(name), a, b, () => op(a, b));
      }),
      RUNS,
    );
  });

  test('matmul(a, b) with columns of a ≠ rows of b, and addBias(x, b) with b not [1, cols of x], name both shapes', () => {
    fc.assert(
      fc.property(differentShapes, fc.boolean(), ([first, second], isMatmul) => {
        const a = Tensor.zeros(first);
        const b = Tensor.zeros(second);
        if (isMatmul && first[1] !== second[0]) expectShapeError('matmul', a, b, () => ops.matmul(a, b));
        if (!isMatmul && (second[0] !== 1 || second[1] !== first[1])) expectShapeError('addBias', a, b, () => ops.addBias(a, b));
      }),
      RUNS,
    );
  });

  test('a tensor refuses an empty, negative, fractional or non-2-D shape with an EngineError that prints it', () => {
    fc.assert(
      fc.property(oddShape, fc.array(hostileNumber, { maxLength: 12 }), (shape, values) => {
        for (const [op, make] of [
          ['Tensor', () => new Tensor(shape, Float64Array.from(values))],
          ['Tensor.zeros', () => Tensor.zeros(shape)],
          ['Tensor.fromArray', () => Tensor.fromArray(shape, values)],
        ] as const) {
          const made = engineResult(op, make);
          if (made === undefined) continue;
          expect(made.shape).toEqual(shape);
          expect(shape.every((side) => Number.isInteger(side) && side > 0)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('op arguments of any type', () => {
  const smallTensor = tensorArb(hostileNumber, 3);

  test('sum, mean and pow take only their documented axis or a finite exponent; anything else is an EngineError', () => {
    fc.assert(
      fc.property(smallTensor, anyValue, (x, value) => {
        for (const op of ['sum', 'mean'] as const) {
          const y = engineResult(op, () => ops[op](x, value as 0 | 1));
          if (y !== undefined) expect([undefined, 0, 1]).toContain(value);
        }
        const y = engineResult('pow', () => ops.pow(x, value as number));
        if (y !== undefined) expect(Number.isFinite(value)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  test('activate(x, name) with a name that is no activation (constructor, __proto__, any text) throws an EngineError', () => {
    const names = fc.oneof(fc.constantFrom('constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'relu', 'gelu'), fc.string(), anyValue);
    fc.assert(
      fc.property(smallTensor, names, (x, name) => {
        const y = engineResult('activate', () => ops.activate(x, name as ActivationName));
        if (y !== undefined) expect(y.shape).toEqual(x.shape);
      }),
      { numRuns: 200 },
    );
  });

  test('a loss reduction other than mean or sum, and a Huber delta other than a finite positive number (or none, for the default), are EngineErrors', () => {
    fc.assert(
      fc.property(tensorPair(hostileNumber, hostileNumber, 3), anyValue, ([p, t], value) => {
        const reduced = engineResult('mseLoss', () => mseLoss(p, t, { reduction: value as 'sum' }));
        if (reduced !== undefined) expect([undefined, 'mean', 'sum']).toContain(value);
        const huber = engineResult('huberLoss', () => huberLoss(p, t, { delta: value as number }));
        if (huber !== undefined) expect(value == null || (typeof value === 'number' && value > 0 && value < Infinity)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
