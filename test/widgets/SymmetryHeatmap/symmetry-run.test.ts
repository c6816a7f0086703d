import { describe, expect, test } from 'vitest';
import { runJob, type TrainJobResult, type TrainJobSpec } from '../../../src/engine/index';
import { boundarySpec, circlesOf, readouts, summaryText } from '../../../components/SymmetryHeatmap/figure';
import { SymmetryHeatmap, type SymmetryHeatmapSettings } from '../../../components/SymmetryHeatmap/schema';
import { advance, frameAt, frameKey, perturb } from '../../../components/SymmetryHeatmap/symmetry-run';

const run = async (spec: TrainJobSpec) => runJob(spec) as TrainJobResult;
const settingsOf = (change: Partial<SymmetryHeatmapSettings> = {}) => SymmetryHeatmap.settings.parse(change);

// Each frame is a few thousand full-batch steps on 200 points.
describe('SymmetryHeatmap frames', { timeout: 120_000 }, () => {
  test('frameAt: 2000 steps from the constant keep the rows identical, at the loss and accuracy of one unit', async () => {
    const settings = settingsOf({ steps: 2000 });
    const frame = await frameAt(settings, run);
    expect(readouts(frame, settings)).toMatchInlineSnapshot(`
      {
        "difference": "0 (exactly)",
        "network": "loss 0.6221, accuracy 60 %",
        "perturbation": "none yet",
        "step": "2000",
        "twin": "",
      }
    `);
    expect(summaryText(frame, settings)).toMatchInlineSnapshot(`"After 2000 steps from the constant 0.5, the 6 rows of the hidden layer are identical: the largest difference between two rows is 0 (exactly), so the layer acts as one unit; loss 0.6221, accuracy 60 %."`);
  });

  test('frameAt: perturbed at step 0, the rows differ by up to 6.158 after 2000 steps and the twin stays at 60 %', async () => {
    const settings = settingsOf({ steps: 2000, perturbAt: 0 });
    const frame = await frameAt(settings, run);
    expect(readouts(frame, settings)).toMatchInlineSnapshot(`
      {
        "difference": "6.158",
        "network": "loss 0.03271, accuracy 100 %",
        "perturbation": "at step 0 (ε = 0.001, seed 1)",
        "step": "2000",
        "twin": "loss 0.6221, accuracy 60 %",
      }
    `);
    expect(summaryText(frame, settings)).toMatchInlineSnapshot(`"Started from the constant 0.5 and perturbed at step 0 by ε = 0.001: rows differ by up to 6.158 after 2000 steps (step 2000); loss 0.03271, accuracy 100 %. Left symmetric, the same network has loss 0.6221, accuracy 60 %."`);
    expect(boundarySpec(frame, circlesOf(settings)).marks.map((mark) => mark.type)).toEqual(['dots', 'dots', 'contour', 'contour']);
  });

  test('the page\'s path (stretches of 20 steps, a perturbation at step 60) gives the link\'s frame bit for bit', async () => {
    const settings = settingsOf();
    let frame = await frameAt(settings, run);
    for (let i = 0; i < 3; i++) frame = await advance(frame, settings, 20, run);
    frame = await perturb(frame, settings, run);
    for (let i = 0; i < 5; i++) frame = await advance(frame, settings, 20, run);
    const link = await frameAt(settingsOf({ steps: 160, perturbAt: 60 }), run);
    expect(frame.step).toBe(160);
    expect(frame.perturbAt).toBe(60);
    expect(frame.network.parameters).toEqual(link.network.parameters);
    expect(frame.twin?.parameters).toEqual(link.twin?.parameters);
    expect(frame.network.loss).toBe(link.network.loss);
  });

  test('zeros: the first layer never moves, and the summary says why', async () => {
    const settings = settingsOf({ value: 0, steps: 500 });
    const frame = await frameAt(settings, run);
    expect(frame.network.parameters.slice(0, 18).every((value) => value === 0)).toBe(true);
    expect(summaryText(frame, settings)).toMatchInlineSnapshot(`"After 500 steps from the constant 0, the 6 rows of the hidden layer are identical: the largest difference between two rows is 0 (exactly), so the layer acts as one unit; loss 0.6931, accuracy 50 %. Every weight and bias of the hidden layer is still exactly 0: with all weights 0, no gradient reaches the first layer, so it never moves."`);
  });

  test('frameKey: ε and its seed matter only once the run is perturbed', () => {
    expect(frameKey(settingsOf({ epsilon: 0.01 }))).toBe(frameKey(settingsOf()));
    expect(frameKey(settingsOf({ steps: 5, perturbAt: 0, epsilon: 0.01 }))).not.toBe(frameKey(settingsOf({ steps: 5, perturbAt: 0 })));
    expect(frameKey(settingsOf({ steps: 5 }))).not.toBe(frameKey(settingsOf()));
  });
});
