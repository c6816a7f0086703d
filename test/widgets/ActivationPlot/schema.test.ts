import { expect, test } from 'vitest';
import { ActivationPlot, ActivationPlotProps } from '../../../components/ActivationPlot/schema';
import { activationPanel, describePanels } from '../../../components/ActivationPlot/figure';
import { renderStaticSvg } from '../../../components/shared/render-static';
import { propsError } from '../shared/props-error';

test('<ActivationPlot /> defaults to the five chapter activations with their slopes', () => {
  expect(ActivationPlotProps.parse({})).toEqual({ show: ['step', 'sigmoid', 'tanh', 'relu', 'identity'], derivatives: true });
});

test('<ActivationPlot> explains bad props: a bare name, a misspelt one, a repeat, a quoted boolean', () => {
  expect(propsError(ActivationPlotProps, 'ActivationPlot', { show: 'sigmoid' })).toMatchInlineSnapshot(`
    "content/chapters/neuron.mdx:12 › ActivationPlot › show: expected a list of 1 to 8 names from "step", "sigmoid", "tanh", "relu", "identity", "leakyRelu", "softplus", "gelu", got "sigmoid" (a string)
      fix: write show={["sigmoid"]}; a list goes in braces and brackets"
  `);
  expect(propsError(ActivationPlotProps, 'ActivationPlot', { show: ['sigmoid', 'tahn'], derivatives: 'false' })).toMatchInlineSnapshot(`
    "content/chapters/neuron.mdx:12 › ActivationPlot › show[1]: expected one of "step", "sigmoid", "tanh", "relu", "identity", "leakyRelu", "softplus", "gelu", got "tahn" (a string)
      fix: did you mean "tanh"?
    content/chapters/neuron.mdx:12 › ActivationPlot › derivatives: expected true or false, got "false" (a string)
      fix: write derivatives={false}; quotes make the value text"
  `);
  expect(propsError(ActivationPlotProps, 'ActivationPlot', { show: ['relu', 'relu'] })).toMatchInlineSnapshot(`"content/chapters/neuron.mdx:12 › ActivationPlot › show: expected each activation once, got "relu" twice"`);
});

test('activationPanel(sigmoid) draws the curve and its dashed slope, peaking at ¼', () => {
  const spec = activationPanel('sigmoid', true);
  const lines = spec.marks.filter((mark) => mark.type === 'line');
  expect(lines).toHaveLength(2);
  const slope = lines.find((mark) => mark.type === 'line' && mark.isDashed);
  const peak = slope && slope.type === 'line' ? Math.max(...slope.points.map(([, y]) => y)) : NaN;
  expect(peak).toBeCloseTo(0.25, 12);
  expect(activationPanel('sigmoid', false).marks.filter((mark) => mark.type === 'line')).toHaveLength(1);
  expect(renderStaticSvg(spec)).toContain('stroke-dasharray="5,4"');
});

test('describePanels states each panel in words', () => {
  expect(describePanels(ActivationPlotProps.parse({ show: ['step', 'relu'] }))).toMatchInlineSnapshot(`"Each panel plots an activation f(z) as a solid line and its slope f′(z) as a dashed line, for z from −4 to 4. Step jumps from 0 to 1 at z = 0 and is flat elsewhere, so its slope is 0 wherever it exists. ReLU is 0 for negative z and z for positive z; its slope is 0 then 1."`);
});

test('ActivationPlot is defined once: its tag name, prefix "ap" and its props schema', () => {
  expect(ActivationPlot).toEqual({ name: 'ActivationPlot', prefix: 'ap', props: ActivationPlotProps, settings: ActivationPlotProps });
});

test('the GELU sentence: its slope dips to −0.13 at z ≈ −1.42 and peaks at 1.13 at z ≈ 1.42, as the engine samples it', async () => {
  const { sampleActivation } = await import('../../../src/engine/neuron/index');
  const { slopes } = sampleActivation('gelu', -4, 4, 8001);
  const low = slopes.reduce((a, b) => (b[1] < a[1] ? b : a));
  const high = slopes.reduce((a, b) => (b[1] > a[1] ? b : a));
  expect([low[0].toFixed(2), low[1].toFixed(2), high[0].toFixed(2), high[1].toFixed(2)]).toEqual(['-1.42', '-0.13', '1.42', '1.13']);
  expect(describePanels(ActivationPlotProps.parse({ show: ['gelu'] }))).toContain('its slope dips slightly below 0 (to −0.13 at z ≈ −1.42), then rises past 1 (to 1.13 at z ≈ 1.42) before settling at 1');
});
