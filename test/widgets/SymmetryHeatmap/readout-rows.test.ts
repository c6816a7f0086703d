import { expect, test } from 'vitest';
import { statusText } from '../../../components/SymmetryHeatmap/readout-rows';
import { MAX_STEPS } from '../../../components/SymmetryHeatmap/schema';
import type { SymmetryFrame } from '../../../components/SymmetryHeatmap/symmetry-run';

const at = (step: number): SymmetryFrame => ({ step, network: { parameters: [], loss: 0.69, accuracy: 0.5, boundary: [] }, twin: null });

test('statusText names what the run is doing, and the last step as the end', () => {
  expect(statusText(at(0), 'idle')).toBe('Ready: press Run to train.');
  expect(statusText(at(700), 'paused')).toBe('Paused at step 700.');
  expect(statusText(at(700), 'idle')).toBe('At step 700: press Run to train on.');
  expect(statusText(at(700), 'training')).toBe('Training…');
  expect(statusText(at(700), 'computing')).toBe('Computing the run…');
  expect(statusText(at(MAX_STEPS), 'idle')).toBe('Stopped at step 5000, the most this figure runs; Reset starts again.');
});
