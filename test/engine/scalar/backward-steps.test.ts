import { describe, expect, test } from 'vitest';
import { scalar } from '../../../src/engine/index';
import { workedExample } from './worked-example';

describe('scalar backward', () => {
  test('backward(L) on L = (a·b + c)² matches the chain rule worked by hand', () => {
    const { a, b, c, ab, e, loss } = workedExample();
    // Forward: a·b = −6, e = 4, L = 16.
    expect([ab.value, e.value, loss.value]).toEqual([-6, 4, 16]);
    scalar.backward(loss);
    // dL/de = 2e = 8; dL/dc = 8; dL/d(ab) = 8; dL/da = 8·b = −24; dL/db = 8·a = 16.
    expect([loss.grad, e.grad, ab.grad, c.grad, a.grad, b.grad]).toEqual([1, 8, 8, 8, -24, 16]);
  });

  test('backwardSteps(L) lists each node once from the root down with its contributions', () => {
    const { loss } = workedExample();
    const steps = scalar.backwardSteps(loss);
    expect(
      steps.map((s) => ({
        node: s.node.label,
        upstream: s.upstream,
        sends: s.contributions.map((c) => `${c.input.label}: ${c.localDerivative} × ${s.upstream} = ${c.contribution}`),
      })),
    ).toMatchInlineSnapshot(`
      [
        {
          "node": "L",
          "sends": [
            "(a · b) + c: 8 × 1 = 8",
          ],
          "upstream": 1,
        },
        {
          "node": "(a · b) + c",
          "sends": [
            "a · b: 1 × 8 = 8",
            "c: 1 × 8 = 8",
          ],
          "upstream": 8,
        },
        {
          "node": "c",
          "sends": [],
          "upstream": 8,
        },
        {
          "node": "a · b",
          "sends": [
            "a: -3 × 8 = -24",
            "b: 2 × 8 = 16",
          ],
          "upstream": 8,
        },
        {
          "node": "b",
          "sends": [],
          "upstream": 16,
        },
        {
          "node": "a",
          "sends": [],
          "upstream": -24,
        },
      ]
    `);
  });

  test('backwardSteps(L) changes no node, and backward(L) twice gives the same grads', () => {
    const { a, loss } = workedExample();
    scalar.backwardSteps(loss);
    expect(a.grad).toBe(0);
    scalar.backward(loss);
    scalar.backward(loss);
    expect(a.grad).toBe(-24);
  });

  test('backwardSteps(y) with a used twice adds both contributions (fan-out)', () => {
    // y = a·a + a at a = 3: dy/da = 2a + 1 = 7, reached through three edges.
    const a = scalar.value(3, 'a');
    const y = scalar.add(scalar.mul(a, a), a);
    const steps = scalar.backwardSteps(y);
    const intoA = steps.flatMap((s) => s.contributions.filter((c) => c.input === a));
    expect(intoA.map((c) => c.contribution)).toEqual([1, 3, 3]);
    expect(intoA.map((c) => c.gradAfter)).toEqual([1, 4, 7]);
    scalar.backward(y);
    expect(a.grad).toBe(7);
  });

  test('topologicalOrder(root) puts inputs first, each node once, the same every run', () => {
    const { a, b, c, ab, e, loss } = workedExample();
    expect(scalar.topologicalOrder(loss)).toEqual([a, b, ab, c, e, loss]);
    expect(scalar.topologicalOrder(loss)).toEqual(scalar.topologicalOrder(loss));
  });

  test('topologicalOrder(root) handles a chain 20000 nodes deep without recursion', () => {
    const start = scalar.value(0.5, 'x');
    let node = start;
    for (let i = 0; i < 20000; i++) node = scalar.neg(node, 'n');
    scalar.backward(node);
    expect(start.grad).toBe(1);
  });

  test('backward(root) throws when the root value is not finite', () => {
    const big = scalar.exp(scalar.value(1000, 'z'));
    expect(() => scalar.backward(big)).toThrowErrorMatchingInlineSnapshot(`[EngineError: backward: root value must be finite, got Infinity (from exp(z))]`);
  });
});
