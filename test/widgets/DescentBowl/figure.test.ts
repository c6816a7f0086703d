import { describe, expect, test } from 'vitest';
import { buildBowlFigure, contourLevels, drawnPanel, drawnRegion, landscapeOf, panelReadout, thinPath } from '../../../components/DescentBowl/figure';
import { panelSpec } from '../../../components/DescentBowl/panel-spec';
import { DescentBowlProps, rateStepOf, resolveSettings } from '../../../components/DescentBowl/schema';

const settings = (props: Record<string, unknown> = {}) => resolveSettings(DescentBowlProps.parse(props));

describe('buildBowlFigure', () => {
  test('the chapter\'s three rates crawl, converge and oscillate, as its table says', () => {
    const figure = buildBowlFigure(settings());
    expect(figure.panels.map((panel) => panel.verdict)).toEqual(['crawls', 'converges', 'oscillates']);
    // η = 0.1: the steep coordinate is solved in one step, (−4, 2) → (−3.6, 0).
    expect(figure.panels[1].run.points[1][0]).toBeCloseTo(-3.6, 12);
    expect(figure.panels[1].run.points[1][1]).toBe(0);
  });

  test('just past 2/λmax = 0.2 the zig-zag grows: diverges', () => {
    const figure = buildBowlFigure(settings({ learningRates: [0.21] }));
    expect(figure.panels[0].verdict).toBe('diverges');
    expect(figure.summary).toMatchInlineSnapshot(`"Contour lines of L(x, y) = (1·x² + 10·y²)/2, lowest at (0, 0). Each path starts at (−4, 2) and takes up to 50 steps of plain gradient descent. With η = 0.21 the path diverges (along x it converges, factor 0.79 per step; along y it diverges, factor 1.1 per step) and ends at (−3.04 × 10⁻⁵, 234.8) with loss 2.76 × 10⁵."`);
  });

  test('on Rosenbrock, 0.003 is stopped at step 4 with the divergence sentence', () => {
    const figure = buildBowlFigure(settings({ surface: 'rosenbrock' }));
    expect(figure.panels.map((panel) => panel.verdict)).toEqual(['crawls', 'converges', 'diverged at step 4']);
    expect(figure.summary).toContain(
      'With η = 0.003 the path diverged at step 4: the loss rose from 12.5 to 6.23 × 10¹³, more than 10⁶ times its start; the learning rate 0.003 is too large for this loss surface.',
    );
  });

  test('momentum brings η = 0.02 closer in 50 steps, as the chapter reads off the figure: 1.46, 0.50, 0.30', () => {
    const distances = [0, 0.5, 0.9].map((momentum) => {
      const [panel] = buildBowlFigure(settings({ learningRates: [0.02], momentum })).panels;
      return Number(Math.hypot(...panel.run.points[50]).toFixed(2));
    });
    expect(distances).toEqual([1.46, 0.5, 0.3]);
  });

  test('the loss grid covers the drawn region', () => {
    const figure = buildBowlFigure(settings());
    expect([figure.grid.width, figure.grid.height, figure.grid.x, figure.grid.y]).toEqual([60, 42, [-5, 5], [-3, 3]]);
  });
});

describe('drawnRegion and contourLevels', () => {
  test('the region widens to hold a start outside the surface\'s own', () => {
    expect(drawnRegion(landscapeOf('rosenbrock'), [-3, 2])).toEqual([[-3, 2], [-1, 3]]);
  });

  test('bowl levels are k²/2, Rosenbrock levels powers of 4', () => {
    expect(contourLevels('bowl').slice(0, 3)).toEqual([0.5, 2, 4.5]);
    expect(contourLevels('rosenbrock').slice(0, 3)).toEqual([0.0625, 0.25, 1]);
  });
});

describe('panelReadout and rateStepOf', () => {
  test('each panel reads as the steps it took and its last loss; a diverged path stops early', () => {
    const figure = buildBowlFigure(settings({ surface: 'rosenbrock' }));
    expect(figure.panels.map(panelReadout)).toEqual(['2000 steps, loss 0.1951', '2000 steps, loss 4.57 × 10⁻⁵', '4 steps, loss 6.23 × 10¹³']);
  });

  test('the rate boxes step by 0.01 on the bowl and 0.0005 on Rosenbrock', () => {
    expect([rateStepOf('bowl'), rateStepOf('rosenbrock')]).toEqual([0.01, 0.0005]);
  });
});

describe('drawnPanel', () => {
  test('a 5000-step Rosenbrock crawl is drawn with at most one point per pixel of its panel, first and last kept', () => {
    const figure = buildBowlFigure(settings({ surface: 'rosenbrock', steps: 5000 }));
    const [crawl] = figure.panels;
    const drawn = drawnPanel(figure, crawl).run.points;
    // Three panels draw the domain 174 pixels across.
    const pixel = (figure.grid.x[1] - figure.grid.x[0]) / 174;
    expect(crawl.run.points).toHaveLength(5001);
    expect(drawn.length).toBeLessThan(200);
    expect([drawn[0], drawn.at(-1)]).toEqual([crawl.run.points[0], crawl.run.points[5000]]);
    const gaps = drawn.slice(1, -1).map((point, i) => Math.max(Math.abs(point[0] - drawn[i][0]), Math.abs(point[1] - drawn[i][1])));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(pixel);
  });

  test('the figure keeps every step for its readout and sentences: only the drawing is thinned', () => {
    const figure = buildBowlFigure(settings({ surface: 'rosenbrock', steps: 5000 }));
    drawnPanel(figure, figure.panels[0]);
    expect(figure.panels[0].run.points).toHaveLength(5001);
    expect(panelReadout(figure.panels[0])).toMatch(/^5000 steps, loss /);
  });
});

describe('thinPath', () => {
  test('drops a point less than a pixel from the last one kept, in x and in y', () => {
    const points = [[0, 0], [0.5, 0.5], [1, 0], [1, 0.9], [1, 2], [1.1, 2.1]];
    expect(thinPath(points, 1)).toEqual([[0, 0], [1, 0], [1, 2], [1.1, 2.1]]);
  });
});

test('the remedies table: the start (−4, 2) sits at loss 28, 72.7 and 91 on the bowl turned by 0°, 30° and 45°', () => {
  expect([0, 30, 45].map((angle) => Number(landscapeOf('bowl', angle).loss([-4, 2]).toPrecision(3)))).toEqual([28, 72.7, 91]);
  // κ = 10 at the best rate: a factor 9/11 a step, and a thousandfold shrink of the distance takes 35 steps.
  expect(Math.ceil(Math.log(1000) / Math.log(11 / 9))).toBe(35);
});

describe('momentum on the bowl, as the chapter says', () => {
  test('η = 0.02 alone does not zig-zag (factor 1 − 0.02·10 = 0.8 across); with μ = 0.9 it zig-zags both ways', () => {
    expect(buildBowlFigure(settings({ surface: 'bowl', learningRates: [0.02] })).panels[0].detail).toMatch(/^settles across the valley, crawls along it/);
    expect(buildBowlFigure(settings({ surface: 'bowl', learningRates: [0.02], momentum: 0.9 })).panels[0].detail).toMatch(/^zig-zags both across and along the valley/);
  });
});

describe('the turned bowl and the remedies, as the chapter\'s prompts promise', () => {
  test('the chapter\'s first figure: each path says what it does across and along the valley, and when it arrived', () => {
    expect(buildBowlFigure(settings()).panels.map((panel) => panel.detail)).toEqual([
      'settles across the valley, crawls along it; loss still above 0.001 after 50 steps',
      'settles both across and along the valley; loss below 0.001 in 43 steps',
      'zig-zags across the valley, settles along it; loss below 0.001 in 47 steps',
    ]);
    expect(buildBowlFigure(settings({ learningRates: [0.02, 0.1, 0.21] })).panels[2].detail).toBe(
      'blows up across the valley, settles along it; loss still above 0.001 after 50 steps',
    );
  });

  test('turned by 30°, and by −60°: the zig-zag runs across the valley\'s floor, wherever it lies', () => {
    const turned = buildBowlFigure(settings({ angle: 30, learningRates: [0.1, 0.19] }));
    expect(turned.panels.map((panel) => panel.detail)).toEqual([
      'settles both across and along the valley (floor at 30°); loss below 0.001 in 39 steps',
      'zig-zags across the valley (floor at 30°), settles along it; loss still above 0.001 after 50 steps',
    ]);
    expect(turned.summary).toContain('The steps see curvatures 1 and 10: condition number 10, stable for η below 0.2.');
    expect(buildBowlFigure(settings({ angle: -60, learningRates: [0.1, 0.19] })).panels[1].detail).toBe(
      'zig-zags across the valley (floor at −60°), settles along it; loss below 0.001 in 49 steps',
    );
    expect(buildBowlFigure(settings({ angle: 30, learningRates: [0.1, 0.21] })).panels[1].detail).toMatch(/^blows up across the valley \(floor at 30°\)/);
  });

  test('normalised, the axis-aligned bowl is round and η = 1 arrives in one step; per-parameter steps do the same', () => {
    for (const remedy of ['normalise', 'per-parameter']) {
      const figure = buildBowlFigure(settings({ remedy, learningRates: [0.1, 1] }));
      expect(figure.panels[1].detail).toBe('settles in every direction (a round bowl); loss below 0.001 in 1 step');
      expect(figure.summary).toContain('condition number 1, stable for η below 2.');
    }
    const normalised = buildBowlFigure(settings({ remedy: 'normalise' }));
    expect(normalised.axisNames).toEqual(['x̃', 'ỹ']);
    expect(normalised.start[0]).toBe(-4);
    expect(normalised.start[1]).toBeCloseTo(2 * Math.sqrt(10), 14);
  });

  test('normalising a 30° bowl leaves a 45° valley with κ 7.949; at 45° per-parameter steps leave κ at 10 and take 29 steps', () => {
    const normalised = buildBowlFigure(settings({ angle: 30, remedy: 'normalise', learningRates: [1] }));
    expect(normalised.summary).toContain('condition number 7.949, stable for η below 1.126.');
    expect(normalised.panels[0].detail).toBe('zig-zags across the valley (floor at 45°), settles along it; loss below 0.001 in 23 steps');
    const diagonal = buildBowlFigure(settings({ angle: 45, remedy: 'per-parameter', learningRates: [0.1, 1] }));
    expect(diagonal.summary).toContain('η·0.1818 along x and η·0.1818 along y');
    expect(diagonal.summary).toContain('condition number 10, stable for η below 1.1.');
    expect(diagonal.panels[1].detail).toBe('zig-zags across the valley, settles along it; loss below 0.001 in 29 steps');
  });

  test('Rosenbrock ignores the angle and the remedy, and its panels carry no valley sentence', () => {
    const plain = buildBowlFigure(settings({ surface: 'rosenbrock' }));
    const asked = buildBowlFigure(settings({ surface: 'rosenbrock', angle: 30, remedy: 'normalise' }));
    // The paths are the same; the summary adds only that the two settings were ignored.
    const note = ' The angle 30° and the remedy "normalise" apply to the quadratic bowl only, so they are ignored on Rosenbrock\'s valley.';
    expect(asked.summary).toContain(note);
    expect(asked.summary.replace(note, '')).toBe(plain.summary);
    expect(plain.panels.map((panel) => panel.detail)).toEqual(['', '', '']);
  });
});

describe('panelSpec', () => {
  const contourOf = (props: Record<string, unknown>) => {
    const figure = buildBowlFigure(settings(props));
    return { figure, mark: panelSpec(figure, figure.panels[0]).marks[0] };
  };

  test.each([
    ['the bowl', {}],
    ['the bowl turned 30°', { angle: 30 }],
    ['the turned bowl normalised', { angle: 30, remedy: 'normalise' }],
  ])('on %s every point of each contour ellipse has its level\'s loss', (_, props) => {
    const { figure, mark } = contourOf(props);
    if (mark.type !== 'ellipses') throw new Error(`expected ellipses, got ${mark.type}`);
    const turn = (mark.angle * Math.PI) / 180;
    const levels = figure.thresholds.slice(0, mark.radii.length);
    const losses = mark.radii.map(([along, across]) =>
      [0, 1, 2, 3, 4, 5].map((k) => {
        const [u, v] = [along * Math.cos(k), across * Math.sin(k)];
        return figure.landscape.loss([mark.center[0] + u * Math.cos(turn) - v * Math.sin(turn), mark.center[1] + u * Math.sin(turn) + v * Math.cos(turn)]);
      }),
    );
    losses.forEach((row, i) => row.forEach((loss) => expect(loss).toBeCloseTo(levels[i], 9)));
  });

  test('a level whose ellipse holds the whole drawn region is left out; Rosenbrock keeps traced contours', () => {
    // The bowl's corners (±5, ±3) have loss (25 + 90)/2 = 57.5: levels up to 50 (k = 10) cross the region, 60.5 (k = 11) does not.
    const { mark } = contourOf({});
    expect(mark.type === 'ellipses' && mark.radii.length).toBe(10);
    expect(contourOf({ surface: 'rosenbrock' }).mark.type).toBe('contour');
  });
});

describe('ignored settings and counts', () => {
  test('on Rosenbrock a link\'s angle and remedy are said to apply to the quadratic bowl only', () => {
    const figure = buildBowlFigure(settings({ surface: 'rosenbrock', angle: 45, remedy: 'per-parameter' }));
    expect(figure.summary).toContain('The angle 45° and the remedy "per-parameter" apply to the quadratic bowl only, so they are ignored on Rosenbrock\'s valley.');
    expect(buildBowlFigure(settings({ surface: 'rosenbrock', angle: 30 })).summary).toContain('The angle 30° applies to the quadratic bowl only, so it is ignored');
    expect(buildBowlFigure(settings({ surface: 'rosenbrock' })).summary).not.toContain('quadratic bowl only');
    expect(buildBowlFigure(settings({ angle: 45 })).summary).not.toContain('quadratic bowl only');
  });

  test('one step is "1 step"', () => {
    // Rosenbrock at η = 1 diverges at step 1.
    const figure = buildBowlFigure(settings({ surface: 'rosenbrock', learningRates: [1] }));
    expect(panelReadout(figure.panels[0])).toMatch(/^1 step, loss /);
  });
});
