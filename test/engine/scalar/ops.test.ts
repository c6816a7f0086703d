import { describe, expect, test } from 'vitest';
import { scalar } from '../../../src/engine/index';

type ScalarValue = scalar.ScalarValue;

/** Central-difference check of d f / d xᵢ against the backward pass: gradient-check.ts's step and error, with floor 1 instead of 0.01. */
function maxScalarError(f: (inputs: ScalarValue[]) => ScalarValue, point: number[]): number {
  const leaves = point.map((v, i) => scalar.value(v, `x${i}`));
  scalar.backward(f(leaves));
  let worst = 0;
  point.forEach((v, i) => {
    const h = 1e-6 * Math.max(1, Math.abs(v));
    const at = (shift: number) =>
      f(point.map((w, j) => scalar.value(j === i ? w + shift : w, `x${j}`))).value;
    const numeric = (at(h) - at(-h)) / (2 * h);
    const analytic = leaves[i].grad;
    worst = Math.max(worst, Math.abs(analytic - numeric) / Math.max(Math.abs(analytic) + Math.abs(numeric), 1));
  });
  return worst;
}

describe('scalar ops', () => {
  test('each op computes its value and local derivatives, worked by hand', () => {
    const a = scalar.value(3, 'a');
    const b = scalar.value(-2, 'b');
    const cases: [ScalarValue, number, number[]][] = [
      [scalar.add(a, b), 1, [1, 1]],
      [scalar.sub(a, b), 5, [1, -1]],
      [scalar.mul(a, b), -6, [-2, 3]],
      [scalar.div(a, b), -1.5, [-0.5, -0.75]],
      [scalar.pow(a, 3), 27, [27]],
      [scalar.neg(a), -3, [-1]],
      [scalar.exp(scalar.value(0)), 1, [1]],
      [scalar.log(scalar.value(4)), Math.log(4), [0.25]],
      [scalar.tanh(scalar.value(0)), 0, [1]],
      [scalar.sigmoid(scalar.value(0)), 0.5, [0.25]],
      [scalar.relu(b), 0, [0]],
      [scalar.relu(a), 3, [1]],
    ];
    for (const [node, value, derivatives] of cases) {
      expect([node.value, ...node.localDerivatives]).toEqual([value, ...derivatives]);
    }
  });

  test('ops label their nodes as expressions for the drawing', () => {
    const a = scalar.value(2, 'a');
    const b = scalar.value(-3, 'b');
    const y = scalar.tanh(scalar.add(scalar.mul(a, b), 1));
    expect(y.label).toBe('tanh((a · b) + 1)');
    expect(y.op).toBe('tanh');
    expect(scalar.mul(a, b, 'z').label).toBe('z');
  });

  test.each([
    ['add', (x: ScalarValue[]) => scalar.add(x[0], x[1]), [0.7, -1.3]],
    ['sub', (x: ScalarValue[]) => scalar.sub(x[0], x[1]), [0.7, -1.3]],
    ['mul', (x: ScalarValue[]) => scalar.mul(x[0], x[1]), [0.7, -1.3]],
    ['div', (x: ScalarValue[]) => scalar.div(x[0], x[1]), [0.7, -1.3]],
    ['pow', (x: ScalarValue[]) => scalar.pow(x[0], 2.5), [1.7]],
    ['neg', (x: ScalarValue[]) => scalar.neg(x[0]), [0.4]],
    ['exp', (x: ScalarValue[]) => scalar.exp(x[0]), [0.4]],
    ['log', (x: ScalarValue[]) => scalar.log(x[0]), [0.4]],
    ['tanh', (x: ScalarValue[]) => scalar.tanh(x[0]), [0.4]],
    ['sigmoid', (x: ScalarValue[]) => scalar.sigmoid(x[0]), [-1.1]],
    ['relu', (x: ScalarValue[]) => scalar.relu(x[0]), [0.6]],
    ['a neuron', (x: ScalarValue[]) => scalar.sigmoid(scalar.add(scalar.mul(x[0], x[1]), x[2])), [0.5, -2, 0.3]],
    ['x used three times', (x: ScalarValue[]) => scalar.mul(scalar.exp(x[0]), scalar.pow(scalar.add(x[0], x[0]), 2)), [0.3]],
  ] as const)('%s backward agrees with central differences', (_name, f, point) => {
    expect(maxScalarError(f, [...point])).toBeLessThan(1e-6);
  });

  test('new ScalarValue(...) throws when inputs and local derivatives do not pair up', () => {
    expect(() => new scalar.ScalarValue(1, 'add', [scalar.value(1)], [1, 1], 'bad')).toThrowErrorMatchingInlineSnapshot(`[EngineError: ScalarValue: add node: the number of inputs (1) must equal the number of local derivatives (2)]`);
  });

  test('value(x) throws for a number that is not finite', () => {
    expect(() => scalar.value(Number.NaN, 'w')).toThrowErrorMatchingInlineSnapshot(`[EngineError: value: x: expected a finite number, got NaN]`);
  });

  test('div(a, b) throws when b is zero', () => {
    expect(() => scalar.div(1, scalar.value(0, 'b'))).toThrowErrorMatchingInlineSnapshot(`[EngineError: div: b: expected a non-zero divisor, got 0 (from b)]`);
  });

  test('log(x) throws for x ≤ 0', () => {
    expect(() => scalar.log(scalar.value(-1, 'x'))).toThrowErrorMatchingInlineSnapshot(`[EngineError: log: x: expected a number > 0, got -1 (from x)]`);
  });

  test('pow(x, p) throws for a non-finite exponent', () => {
    expect(() => scalar.pow(2, Infinity)).toThrowErrorMatchingInlineSnapshot(`[EngineError: pow: exponent must be a finite number, got Infinity]`);
  });
});
