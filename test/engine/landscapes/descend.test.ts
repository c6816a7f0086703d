import { describe, expect, test } from 'vitest';
import { descend, elongatedBowl, parabola, rosenbrock, type Landscape } from '../../../src/engine/landscapes/index';

describe('descend', () => {
  test('plain steps on λθ²/2 multiply θ by (1 − ηλ): 3 → 2.7 → 2.43', () => {
    const run = descend(parabola(1), { start: [3], learningRate: 0.1, steps: 2 });
    expect(run.status).toBe('finished');
    expect(run.points.map(([theta]) => Number(theta.toFixed(12)))).toEqual([3, 2.7, 2.43]);
    expect(run.losses.map((loss) => Number(loss.toFixed(12)))).toEqual([4.5, 3.645, 2.95245]);
    expect(run.gradientNorms[1]).toBeCloseTo(2.7, 12);
  });

  test('momentum follows PyTorch: v ← μv + g, θ ← θ − ηv', () => {
    // v1 = 3, θ1 = 3 − 0.3 = 2.7; v2 = 0.9·3 + 2.7 = 5.4, θ2 = 2.7 − 0.54 = 2.16.
    const run = descend(parabola(1), { start: [3], learningRate: 0.1, momentum: 0.9, steps: 2 });
    expect(run.points[2][0]).toBeCloseTo(2.16, 12);
  });

  test('one step on the bowl moves each axis by η times its own slope', () => {
    const run = descend(elongatedBowl(), { start: [-4, 2], learningRate: 0.05, steps: 1 });
    // x: −4 − 0.05·(−4) = −3.8; y: 2 − 0.05·20 = 1.
    expect(run.points[1][0]).toBeCloseTo(-3.8, 12);
    expect(run.points[1][1]).toBeCloseTo(1, 12);
  });

  test('zero steps return the start alone', () => {
    const run = descend(rosenbrock(), { start: [-1.5, 2], learningRate: 0.001, steps: 0 });
    expect(run.points).toEqual([[-1.5, 2]]);
    // (1 + 1.5)² + 100·(2 − 2.25)² = 6.25 + 6.25.
    expect(run.losses).toEqual([12.5]);
  });

  test('ηλ = 2.5 stops once the loss passes 10⁶ times its start and says so in words', () => {
    // Loss at step t is 4.5·2.25^t, first above 10⁶ · 4.5 at t = 18 (2.25^17 ≈ 9.7e5, 2.25^18 ≈ 2.2e6).
    const run = descend(parabola(1), { start: [3], learningRate: 2.5, steps: 40 });
    expect(run.status).toBe('diverged');
    expect(run.points).toHaveLength(19);
    expect(run.divergence).toMatchInlineSnapshot(`
      {
        "learningRate": 2.5,
        "loss": 9828739.840835566,
        "message": "diverged at step 18: the loss rose from 4.5 to 9.83 × 10⁶, more than 10⁶ times its start; the learning rate 2.5 is too large for this loss curve",
        "reason": "loss grew past its limit",
        "startLoss": 4.5,
        "step": 18,
      }
    `);
  });

  test('a loss that overflows is reported as Infinity', () => {
    const run = descend(parabola(1), { start: [1e150], learningRate: 1e10, steps: 5 });
    expect(run.divergence?.reason).toBe('loss is Infinity');
    expect(run.divergence?.step).toBe(1);
  });

  test('a NaN loss is reported as NaN', () => {
    const cliff: Landscape = { ...parabola(1), loss: ([theta]) => (theta < 0 ? Number.NaN : theta) };
    const run = descend(cliff, { start: [1], learningRate: 2, steps: 3 });
    expect(run.divergence?.reason).toBe('loss is NaN');
    expect(run.divergence?.message).toBe(
      'diverged at step 1: the loss became NaN (not a number) after starting at 1; the learning rate 2 is too large for this loss curve',
    );
  });

  test('bad options throw with the value that arrived', () => {
    const bowl = elongatedBowl();
    expect(() => descend(bowl, { start: [1], learningRate: 0.1, steps: 3 })).toThrowErrorMatchingInlineSnapshot(`[EngineError: descend: start must be 2 finite number(s) for the bowl landscape, got [1]]`);
    expect(() => descend(bowl, { start: [1, 1], learningRate: 0, steps: 3 })).toThrowErrorMatchingInlineSnapshot(`[EngineError: descend: learningRate must be a positive finite number, got 0]`);
    expect(() => descend(bowl, { start: [1, 1], learningRate: 0.1, momentum: 1, steps: 3 })).toThrowErrorMatchingInlineSnapshot(`[EngineError: descend: momentum must be in [0, 1), got 1]`);
    expect(() => descend(bowl, { start: [1, 1], learningRate: 0.1, steps: 2.5 })).toThrowErrorMatchingInlineSnapshot(`[EngineError: descend: steps must be a whole number ≥ 0, got 2.5]`);
  });
});
