/**
 * The engine promises the same numbers in every JavaScript engine for the same seed.
 * `Math.exp`, `Math.log`, `Math.tanh`, … are rounded differently by Node's V8 and
 * Chromium's, so the engine computes them itself (src/engine/math, IEEE basic
 * operations only). These checks hold the promise to the bit: Object.is on every number.
 */
import { createRng, math, type SweepRun } from '../../../src/engine/index';
import { describeSweep } from '../../../components/LearningRateSweep/figure';
import { LearningRateSweepProps, type LearningRateSweepInput } from '../../../components/LearningRateSweep/schema';
import { expect, pagePath, test } from '../fixtures';
import { openSweep, shownRows, sweepInNode, type ShownRow } from '../widgets/sweep-page';

/** Rows whose numbers are not the very same float64 as Node's (Object.is: NaN and −0 count). */
function differences(shown: readonly ShownRow[], node: readonly SweepRun[]): string[] {
  const problems: string[] = [];
  if (shown.length !== node.length) problems.push(`${shown.length} rows shown, ${node.length} runs in Node`);
  shown.forEach((row, i) => {
    const run = node[i];
    if (!run) return;
    if (!Object.is(row.learningRate, run.learningRate)) problems.push(`rate ${row.learningRate} vs ${run.learningRate}`);
    if (!Object.is(row.finalLoss, run.finalLoss)) problems.push(`final loss at ${run.learningRate}: ${row.finalLoss} vs ${run.finalLoss}`);
    if (row.hasDiverged !== (run.status === 'diverged')) problems.push(`divergence at ${run.learningRate}`);
  });
  return problems;
}

// 1000 steps per rate: before src/engine/math the chaotic rates near divergence ended
// several per cent apart in Chromium and Node. Two data sets, one of them with two layers.
const LONG_SWEEPS: { query: string; props: LearningRateSweepInput }[] = [
  { query: '?lrs1.steps=1000', props: { dataset: 'moons', steps: 1000 } },
  {
    query: '?lrs1.dataset=circles&lrs1.hidden=16,8&lrs1.steps=1000&lrs1.seed=3',
    props: { dataset: 'circles', hidden: [16, 8], steps: 1000, seed: 3 },
  },
];

for (const { query, props } of LONG_SWEEPS) {
  test(`a 1000-step sweep (${query}) in the browser's worker gives bit for bit Node's numbers`, async ({ page }) => {
    test.setTimeout(120_000);
    const widget = await openSweep(page, query);
    await expect(widget).toHaveAttribute('data-sweep', 'done', { timeout: 90_000 });
    const state = LearningRateSweepProps.parse(props);
    const runs = sweepInNode(props);
    const shown = await shownRows(widget);
    await expect(widget.getByRole('table', { name: 'Final loss at each learning rate' })).toHaveAttribute('data-source', 'worker');
    expect(shown.length).toBe(state.count);
    expect(differences(shown, runs)).toEqual([]);
    await expect(widget.getByText(/^Final training loss after 1000 steps at 10 learning rates/)).toHaveText(
      describeSweep(state, runs),
    );
  });
}

test("the engine's math functions are within 1 ulp of Chromium's Math functions", async ({ page }) => {
  // Chromium's V8 now takes several of these from another library than Node 20's, so this
  // measures the engine's functions against a second, independent implementation.
  await page.goto(pagePath(''));
  const rng = createRng(11);
  const inputs = Array.from({ length: 20_000 }, (_, i) =>
    i % 2 === 0 ? rng.uniformRange(-30, 30) : rng.uniformRange(-1, 1) * math.exp(rng.uniformRange(-700, 700)),
  );
  const names = ['exp', 'expm1', 'log', 'log1p', 'tanh', 'sin', 'cos'] as const;
  const browser = await page.evaluate(
    ({ names, inputs }) => names.map((name) => inputs.map((x) => Math[name](name.startsWith('log') ? Math.abs(x) : x))),
    { names: [...names], inputs },
  );
  const worst: Record<string, number> = {};
  names.forEach((name, k) => {
    worst[name] = 0;
    inputs.forEach((x, i) => {
      const ours = math[name](name.startsWith('log') ? Math.abs(x) : x);
      worst[name] = Math.max(worst[name], ulpDistance(ours, browser[k][i]));
    });
  });
  test.info().annotations.push({ type: 'largest ulp distance', description: JSON.stringify(worst) });
  expect(Object.entries(worst).filter(([, ulps]) => ulps > 1)).toEqual([]);
});

const bits = new Float64Array(1);
const words = new BigInt64Array(bits.buffer);

/** How many float64s lie between a and b (0 when both are NaN). */
function ulpDistance(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b) ? 0 : Infinity;
  const order = (x: number): bigint => {
    bits[0] = x;
    return words[0] < 0n ? -(words[0] & 0x7fffffffffffffffn) : words[0];
  };
  const d = order(a) - order(b);
  return Number(d < 0n ? -d : d);
}
