import { describe, expect, test } from 'vitest';
import { scalar } from '../../../src/engine/index';
import { workedExample } from './worked-example';

describe('graphData', () => {
  test('graphData(L) numbers nodes inputs-first and carries values, grads and local derivatives', () => {
    const { a, loss } = workedExample();
    const data = scalar.graphData(loss);
    expect(data.nodes.map((n) => `${n.id} ${n.label} = ${n.value}, grad ${n.grad}`)).toEqual([
      '0 a = 2, grad -24',
      '1 b = -3, grad 16',
      '2 a · b = -6, grad 8',
      '3 c = 10, grad 8',
      '4 (a · b) + c = 4, grad 8',
      '5 L = 16, grad 1',
    ]);
    expect(data.edges).toEqual([
      { from: 0, to: 2, localDerivative: -3 },
      { from: 1, to: 2, localDerivative: 2 },
      { from: 2, to: 4, localDerivative: 1 },
      { from: 3, to: 4, localDerivative: 1 },
      { from: 4, to: 5, localDerivative: 8 },
    ]);
    expect(data.steps.map((s) => s.nodeId)).toEqual([5, 4, 3, 2, 1, 0]);
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
    expect(a.grad).toBe(0);
  });

  test('graphData(y) with a node used twice keeps both edges', () => {
    const a = scalar.value(3, 'a');
    const data = scalar.graphData(scalar.mul(a, a));
    expect(data.edges).toEqual([
      { from: 0, to: 1, localDerivative: 3 },
      { from: 0, to: 1, localDerivative: 3 },
    ]);
    expect(data.nodes[0].grad).toBe(6);
  });
});
