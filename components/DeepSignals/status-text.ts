/** The status line of DeepSignals, while a look is measured and once it is. */
import type { SignalsJobResult } from '../../src/engine/index';
import { counted } from '../shared/format';
import type { DeepSignalsSettings } from './schema';
import { BATCH_ROWS } from './signals-spec';

/** The line under the controls once the figure shows the current settings. */
export function measuredText(state: DeepSignalsSettings, result: SignalsJobResult): string {
  const { divergence } = result.training;
  if (state.steps > 0 && divergence !== undefined) {
    return `Measured on ${BATCH_ROWS} examples at the start; training diverged at step ${divergence.step}, so the plots show the start only.`;
  }
  if (result.training.status === 'aborted') {
    return `Stopped: measured on ${BATCH_ROWS} examples, at the start and after ${result.training.steps} of ${counted(state.steps, 'step')}.`;
  }
  return `Measured on ${BATCH_ROWS} examples, at the start and after ${counted(state.steps, 'step')}.`;
}

/** The line while the worker trains: "measuring: step 12 of 20". */
export function measuringText(state: DeepSignalsSettings, step: number): string {
  return state.steps === 0 ? 'measuring the start…' : `measuring: training step ${Math.min(step + 1, state.steps)} of ${state.steps}…`;
}
