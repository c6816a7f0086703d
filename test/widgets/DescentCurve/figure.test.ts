import { describe, expect, test } from 'vitest';
import { buildCurveFigure, lossAxisExponent, pickLabelledSteps, plotRange, readoutText, splitVerdict } from '../../../components/DescentCurve/figure';
import { DescentCurveProps } from '../../../components/DescentCurve/schema';
import { scaledTo } from '../../../components/shared/plot-spec';
import { REGIME_SENTENCES, descend, hills, parabola } from '../../../src/engine/index';

const state = (props: Record<string, unknown> = {}) => DescentCurveProps.parse(props);

describe('buildCurveFigure', () => {
  test('the default walk ends at 3·0.9^20 and converges', () => {
    const figure = buildCurveFigure(state());
    expect(figure.run.points[20][0]).toBeCloseTo(3 * 0.9 ** 20, 12);
    expect(figure.report.regime).toBe('converges');
    expect(figure.summary).toMatchInlineSnapshot(`"The walk starts at θ = 3 (loss 4.5) on L(θ) = 1·θ²/2 and steps with learning rate 0.1. It converges: the walk settles into the bottom without overshooting it. After 20 steps θ = 0.3647 and the loss is 0.06651. Here ηλ = 0.1, so each step multiplies θ by 1 − ηλ = 0.9."`);
  });

  test('η = 4 stops at step 7 and says so in the verdict and the summary', () => {
    // The loss 4.5·9^t first passes 10⁶ times its start at t = 7 (9^6 ≈ 5.3e5, 9^7 ≈ 4.8e6).
    const figure = buildCurveFigure(state({ learningRate: 4 }));
    expect(figure.verdict).toBe(
      'diverged at step 7: the loss rose from 4.5 to 2.15 × 10⁷, more than 10⁶ times its start; the learning rate 4 is too large for this loss curve',
    );
    expect(figure.summary).toContain('The run stopped: diverged at step 7');
    // θ2 = 27 is past the widest range drawn, [−9, 4]: the plot says so.
    expect(figure.curveSpec.marks.some((mark) => mark.type === 'text' && mark.text.startsWith('step 2 and on'))).toBe(true);
  });

  test('on the hills from 3 with η = 0.1 the walk rests in the local valley, not the lowest one', () => {
    const figure = buildCurveFigure(state({ curve: 'hills' }));
    expect(figure.summary).toContain('It rests in a local valley near θ = 2.243; the lowest point of this curve is near θ = −0.748.');
  });

  test('the walks the chapter describes end where it says', () => {
    const end = (props: Record<string, unknown>) => {
      const { run } = buildCurveFigure(state(props));
      return Number(run.points[run.points.length - 1][0].toFixed(2));
    };
    const walk = (props: Record<string, unknown>) => buildCurveFigure(state(props)).run.points.map(([theta]) => theta);
    expect(end({ learningRate: 0.01 })).toBe(2.45);
    expect(walk({ learningRate: 1.1 }).slice(1, 3).map((theta) => Number(theta.toFixed(2)))).toEqual([-0.3, 0.03]);
    expect([0, -2, -3].map((start) => end({ curve: 'hills', start }))).toEqual([-0.75, -0.75, -3.74]);
    expect(walk({ curve: 'hills', learningRate: 0.6 }).slice(-2).map((theta) => Number(theta.toFixed(2)))).toEqual([1.67, 2.65]);
    expect(Number(walk({ curve: 'hills', learningRate: 1 })[2].toFixed(2))).toBe(-0.76);
  });

  test('η = 2 on the parabola bounces between ±3 for ever: its own verdict, neither oscillates nor diverges', () => {
    const figure = buildCurveFigure(state({ learningRate: 2, steps: 40 }));
    expect(figure.report.regime).toBe('bounces');
    expect(figure.run.points.map(([theta]) => Math.abs(theta))).toEqual(Array(41).fill(3));
    expect(splitVerdict(figure.verdict)[0]).toBe('bounces between ±3 for ever');
    expect(figure.verdict).toContain('neither converging nor diverging');
    // λ = 4 with η = 0.5 is the same edge, ηλ = 2, and the start's sign does not matter.
    expect(splitVerdict(buildCurveFigure(state({ curvature: 4, learningRate: 0.5, start: -2.5 })).verdict)[0]).toBe('bounces between ±2.5 for ever');
    // Either side of the edge: 1.9 still oscillates inwards, 2.1 diverges.
    expect([1.9, 2.1].map((learningRate) => buildCurveFigure(state({ learningRate })).report.regime)).toEqual(['oscillates', 'diverges']);
  });

  test('the hills verdicts, read from the steps: 0.45 zig-zags in, 0.6 bounces between 1.671 and 2.646, 1 does not settle', () => {
    const hills = (props: Record<string, unknown>) => buildCurveFigure(state({ curve: 'hills', ...props }));
    expect(hills({ learningRate: 0.45 }).verdict).toBe(REGIME_SENTENCES.oscillates);
    const cycle = hills({ learningRate: 0.6 });
    expect(cycle.verdict).toBe(
      'does not settle: it bounces between θ = 1.671 and θ = 2.646, each step landing within a thousandth of a swing of where it was two steps before',
    );
    expect(cycle.summary).toContain('It does not settle: it bounces between θ = 1.671 and θ = 2.646');
    const wandering = hills({ learningRate: 1 });
    expect(splitVerdict(wandering.verdict)[0]).toBe('does not settle');
    expect(wandering.report.regime).toBe('wanders');
    // The rule is stated in the figure, on the hills only (the parabola's verdict comes from ηλ).
    expect(wandering.summary).toContain('bounces when its last point is within a thousandth of its last swing of the point two steps earlier');
    expect(buildCurveFigure(state()).summary).not.toContain('read from the steps');
  });

  test('hills, η = 1: from step 1 on every point stays between the ridges at −2.48 and 0.83 around the deepest valley', () => {
    const landscape = hills();
    const slope = (theta: number) => landscape.gradient([theta])[0];
    // The ridges: where the slope crosses from + to −, found by bisection on the engine's gradient.
    const ridge = (low: number, high: number): number => {
      for (let i = 0; i < 60; i++) {
        const mid = (low + high) / 2;
        if (slope(mid) > 0) low = mid;
        else high = mid;
      }
      return low;
    };
    const [left, right] = [ridge(-3, -2), ridge(0.5, 1)];
    expect([left.toFixed(2), right.toFixed(2)]).toEqual(['-2.48', '0.83']);
    for (const steps of [20, 100]) {
      const points = buildCurveFigure(state({ curve: 'hills', learningRate: 1, steps })).run.points.slice(1).map(([theta]) => theta);
      expect(points.every((theta) => theta > left && theta < right)).toBe(true);
    }
  });

  test('λ = 4: 0.4 overshoots (factor −0.6) and 0.25, typed, lands on the minimum in one step', () => {
    const sharp = buildCurveFigure(state({ curvature: 4, learningRate: 0.4 }));
    expect(sharp.report.regime).toBe('oscillates');
    expect(sharp.summary).toContain('1 − ηλ = −0.6');
    const exact = buildCurveFigure(state({ curvature: 4, learningRate: 0.25 }));
    expect(exact.run.points.slice(1).every(([theta]) => theta === 0)).toBe(true);
    expect(readoutText(exact.run)).toBe('after 20 steps: θ = 0, loss = 0');
  });

  test('the hills: the three valleys, their curvature and their limits 2/λ (0.51, 0.48, 0.49)', () => {
    const { landscape } = buildCurveFigure(state({ curve: 'hills' }));
    const valleys = landscape.minima.map(([theta]) => {
      const curvature = 0.2 - 4 * Math.sin(2 * theta); // L'' of θ²/10 + sin 2θ + 1
      return [theta, landscape.loss([theta]), curvature, 2 / curvature].map((value) => Number(value.toFixed(2)));
    });
    expect(valleys).toEqual([
      [-0.75, 0.06, 4.19, 0.48],
      [2.24, 0.53, 4.1, 0.49],
      [-3.74, 1.47, 3.91, 0.51],
    ]);
  });

  test('a diverged walk\'s loss axis counts in a power of ten, so its ticks fit the margin at 320 px', () => {
    // η = 4 stops at step 7 with the loss 2.15 × 10⁷: ticks of "20,000,000" were clipped at the left.
    const figure = buildCurveFigure(state({ learningRate: 4 }));
    expect(figure.lossSpec.y?.label).toBe('loss (× 10⁷)');
    const [, top] = figure.lossSpec.y?.domain ?? [0, 0];
    expect(top).toBeCloseTo((2.15e7 * 1.05) / 1e7, 1);
    const line = figure.lossSpec.marks[0];
    expect(line.type === 'line' && line.points[7][1]).toBeCloseTo(buildCurveFigure(state({ learningRate: 4 })).run.losses[7] / 1e7, 12);
    // Steps are whole numbers: a 7-step walk gets a tick at each.
    expect(figure.lossSpec.x?.ticks).toBe(7);
    // A walk whose ticks fit as written keeps them.
    expect(buildCurveFigure(state()).lossSpec.y?.label).toBe('loss');
    expect(lossAxisExponent(9999)).toBe(0);
    expect(lossAxisExponent(10000)).toBe(4);
  });

  test('the label of the highest step stays inside the frame, clear of the axis title, at 320 px', () => {
    // At η = 4 step 1 (θ = −9, loss 40.5) is the highest point drawn; its label sits 11 px above it.
    const figure = buildCurveFigure(state({ learningRate: 4 }));
    const spec = scaledTo(figure.curveSpec, 254); // the plot's width in a 320 px window
    const [low, high] = spec.y?.domain ?? [0, 1];
    const inner = (spec.height ?? 0) - 16 - 36;
    const label = figure.curveSpec.marks.find((mark) => mark.type === 'text' && mark.text === '1');
    expect(label?.type).toBe('text');
    const below = label?.type === 'text' ? ((high - label.at[1]) / (high - low)) * inner : 0;
    // Baseline 11 px above the dot, digits about 9 px tall: the label's top is below the frame's top.
    expect(below - 11 - 9).toBeGreaterThanOrEqual(0);
  });

  test('the loss plot has one point per step', () => {
    const figure = buildCurveFigure(state({ steps: 7 }));
    const line = figure.lossSpec.marks[0];
    expect(line.type === 'line' && line.points.length).toBe(8);
  });
});

describe('plotRange', () => {
  test('keeps the curve\'s range for a walk inside it, widens for one outside, up to 2.5 times', () => {
    const curve = parabola(1);
    expect(plotRange(curve, descend(curve, { start: [3], learningRate: 0.1, steps: 5 }))).toEqual([-4, 4]);
    const bouncing = descend(curve, { start: [3], learningRate: 2.1, steps: 6 });
    // θ6 = 3·1.1^6 = 5.31 is kept; the range never passes ±10.
    expect(plotRange(curve, bouncing)[1]).toBeCloseTo(3 * 1.1 ** 6, 12);
    const escaping = descend(curve, { start: [3], learningRate: 4, steps: 6 });
    expect(plotRange(curve, escaping)).toEqual([-9, 4]);
  });
});

describe('pickLabelledSteps', () => {
  test('skips a label closer than the gap to one already kept', () => {
    // 2.7 is 0.3 from 3 and 0.95 is 0.05 from 1: both lose their labels.
    expect(pickLabelledSteps([3, 2.7, 2.43, 1, 0.95, -1], 0.5)).toEqual([0, 2, 3, 5]);
  });
});

describe('splitVerdict and readoutText', () => {
  test('the regime word is split off at the first colon; the readout states the last step', () => {
    expect(splitVerdict(buildCurveFigure(state({ learningRate: 4 })).verdict)).toEqual([
      'diverged at step 7',
      ': the loss rose from 4.5 to 2.15 × 10⁷, more than 10⁶ times its start; the learning rate 4 is too large for this loss curve',
    ]);
    expect(splitVerdict('converges')).toEqual(['converges', '']);
    expect(readoutText(buildCurveFigure(state()).run)).toBe('after 20 steps: θ = 0.3647, loss = 0.06651');
  });
});

test('one step is "1 step" in the readout and the summary', () => {
  const figure = buildCurveFigure(state({ steps: 1 }));
  expect(readoutText(figure.run)).toMatch(/^after 1 step: θ = 2\.7,/);
  expect(figure.summary).toContain('After 1 step θ = 2.7 and');
});

test('step labels stay a twelfth of the range apart: at 320 px two-digit labels do not print over each other', () => {
  // The default walk's steps 13 (θ = 0.76) and 19 (θ = 0.41) were both labelled, 11 px apart at 375 px.
  const figure = buildCurveFigure(state());
  const labelled = figure.curveSpec.marks.flatMap((mark) => (mark.type === 'text' ? [mark.at[0]] : []));
  const [low, high] = figure.curveSpec.x?.domain ?? [0, 0];
  for (let i = 1; i < labelled.length; i++) {
    for (let j = 0; j < i; j++) expect(Math.abs(labelled[i] - labelled[j])).toBeGreaterThanOrEqual((high - low) / 12);
  }
});
